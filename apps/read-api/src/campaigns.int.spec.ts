import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  campaignProgress,
  campaignProgressId,
  campaignStatusAt,
  listedCampaigns,
  nationalRegionId,
  nationalRegionSummary,
  project,
  referenceData as reference,
  seedHistory,
  type Command,
  type CopIndicatorFigures,
  type DomainEvent,
} from '@cci/domain';
import { CAMPAIGN_RATES, HistorySimulator, simulateEvents } from '@cci/simulation';

import { openDataRows, type OpenDataRow } from './open-data/open-data.js';
import { ReadApiStack } from './read-api-stack.fixture.js';

const untilMs = Date.UTC(2026, 10, 23, 10);
const seed = seedHistory(reference);
const simulated = simulateEvents(reference, {
  seed: 5,
  fromYear: 2023,
  count: Number.POSITIVE_INFINITY,
  untilMs,
  after: seed,
  campaigns: CAMPAIGN_RATES,
});
const simulator = new HistorySimulator(reference, { seed: 1, fromYear: 2026 });
for (const event of [...seed, ...simulated]) simulator.remember(event);

function recorded(at: string, by: string, command: Command): DomainEvent[] {
  const events = simulator.record({ at, recordedBy: by, person: 'Claire Martin', command });
  if (events.length === 0) throw new Error(`${command.type} refusé`);
  return events;
}

const snapshot = {
  asOf: '2026-03-15',
  srom: [],
  actions: [],
  indicators: [
    {
      indicatorId: 'premier-niveau-information',
      cciId: null,
      year: 2025,
      unitId: 'entreprises',
      actual: 4_200,
      target: 6_000,
    },
  ],
};
const present = {
  type: 'PresentAnnualReport',
  regionId: 'normandie',
  year: 2025,
  edition: 1,
  presentedOn: '2026-03-18',
  bodyId: 'assemblee-generale',
  deliberation: 'L’Assemblée générale prend acte du rapport annuel.',
  snapshot,
} as const;

/**
 * After the simulated network: CCI Rouen Métropole keeps a draft for the quarter under way, CCI
 * Normandie reopens the closed second quarter for Rouen, and records the Bureau's review of 2025
 * and two editions of its report to the Assemblée générale.
 */
const afterwards = [
  ...recorded('2026-11-23T11:00:00.000Z', 'cci-rouen-metropole', {
    type: 'DraftIndicatorValue',
    cciId: 'cci-rouen-metropole',
    indicatorId: 'premier-niveau-information',
    period: '2026-T4',
    value: 777,
    unitId: 'entreprises',
    comment: 'Provisoire',
  }),
  ...recorded('2026-11-23T11:05:00.000Z', 'cci-normandie', {
    type: 'ReopenCampaignForCci',
    regionId: 'normandie',
    period: '2026-T2',
    cciId: 'cci-rouen-metropole',
    reason: 'Chiffre de l’antenne de Dieppe oublié',
  }),
  ...recorded('2026-11-23T11:10:00.000Z', 'cci-normandie', {
    type: 'RecordSromAnnualReview',
    regionId: 'normandie',
    year: 2025,
    reviewedOn: '2026-02-10',
    bodyId: 'bureau-regional',
    summary: 'Le Bureau constate l’avancement des mutualisations.',
  }),
  ...recorded('2026-11-23T11:15:00.000Z', 'cci-normandie', present),
  ...recorded('2026-11-23T11:20:00.000Z', 'cci-normandie', {
    ...present,
    edition: 2,
    presentedOn: '2026-06-20',
    deliberation: 'L’Assemblée générale prend acte du rapport amendé.',
    snapshot: {
      ...snapshot,
      asOf: '2026-06-15',
      indicators: [{ ...snapshot.indicators[0]!, actual: 4_300 }],
    },
  }),
];
const history = [...seed, ...simulated, ...afterwards];
const campaigns = project(campaignProgress, history, reference);
const campaignOf = (period: string) => campaigns.get(campaignProgressId('normandie', period))!;

type Line = {
  indicatorId: string;
  state: string;
  value: number | null;
  target: number | null;
  previousPeriod: { period: string; value: number } | null;
  draft: { value: number; comment: string | null } | null;
  expectedVersion: number;
};
type EntrySheet = {
  campaign: { status: string; locked: boolean; reopened: { reason: string } | null };
  counts: { expected: number; declared: number; notDeclared: number; late: number };
  indicators: Line[];
};
type Review = {
  campaign: {
    status: string;
    counts: Record<string, number | string | null>;
    missing: number;
    closing: { closedBy: { cci: { id: string } } } | null;
    reopenedFor: { cci: { id: string }; reason: string }[];
    history: { kind: string }[];
  };
  ccis: {
    cci: { id: string };
    locked: boolean;
    declarations: {
      indicatorId: string;
      state: string;
      value: number | null;
      sentBackComment: string | null;
      change: { value: number; comment: boolean } | null;
    }[];
  }[];
};

describe('the reporting campaigns on the read side', () => {
  const stack = new ReadApiStack([
    'cci-france',
    'cci-normandie',
    'cci-pays-de-la-loire',
    'cci-rouen-metropole',
    'cci-caen-normandie',
    'cci-mayenne',
  ]);
  const get = (path: string, as: string) => stack.get(path, as);

  beforeAll(() => stack.start(history), 120_000);
  afterAll(() => stack.stop(), 60_000);

  it("serves a CCI's Saisie page: what to declare, the year's target, the previous quarter, its declarations and its versions", async () => {
    const { status, body } = await get(
      '/v1/ccis/cci-rouen-metropole/entry-sheets/2026-T3',
      'cci-rouen-metropole',
    );
    expect(status).toBe(200);
    const sheet = body as EntrySheet;
    const doc = campaignOf('2026-T3');
    const previous = campaignOf('2026-T2');
    expect(sheet.campaign).toMatchObject({ status: 'ouverte', locked: false, reopened: null });
    expect(sheet.indicators.map((l) => l.indicatorId)).toEqual(
      reference
        .indicatorsOfRegion('normandie')
        .filter((i) => i.frequency === 'quarterly')
        .map((i) => i.id),
    );
    for (const line of sheet.indicators) {
      const cell = doc.declarations['cci-rouen-metropole']![line.indicatorId]!;
      const before = previous.declarations['cci-rouen-metropole']?.[line.indicatorId]?.value ?? null;
      expect(line).toMatchObject({
        state: cell.state,
        value: cell.value,
        target: doc.targets['cci-rouen-metropole']?.[line.indicatorId]?.target ?? null,
        previousPeriod: before === null ? null : { period: '2026-T2', value: before },
        draft: null,
      });
      // The version its next command names: every event of the declaration, as the write side counts them.
      const events = history.filter(
        (e) => e.aggregateId === `indicator-report:cci-rouen-metropole:${line.indicatorId}:2026-T3`,
      );
      expect(line.expectedVersion).toBe(events.at(-1)?.aggregateVersion ?? 0);
    }
    expect(sheet.indicators.some((l) => l.target !== null)).toBe(true);
    expect(sheet.counts.expected).toBe(14);
  });

  it('keeps a draft on the CCI’s own page, which the region’s review never shows', async () => {
    const sheet = (await get('/v1/ccis/cci-rouen-metropole/entry-sheets/2026-T4', 'cci-rouen-metropole'))
      .body as EntrySheet;
    expect(sheet.indicators.find((l) => l.indicatorId === 'premier-niveau-information')).toMatchObject({
      state: 'a-declarer',
      value: null,
      draft: { value: 777, comment: 'Provisoire' },
      expectedVersion: 1,
    });
    const review = (await get('/v1/regions/normandie/campaigns/2026-T4', 'cci-normandie')).body as Review;
    const rouen = review.ccis.find((c) => c.cci.id === 'cci-rouen-metropole')!;
    expect(rouen.declarations.find((d) => d.indicatorId === 'premier-niveau-information')).toMatchObject({
      state: 'a-declarer',
      value: null,
    });
    expect(JSON.stringify(review)).not.toContain('777');
  });

  it('says the closed quarter is locked for every CCI but the one the region reopened it for', async () => {
    const rouen = (await get('/v1/ccis/cci-rouen-metropole/entry-sheets/2026-T2', 'cci-rouen-metropole'))
      .body as EntrySheet;
    expect(rouen.campaign).toMatchObject({
      status: 'cloturee',
      locked: false,
      reopened: { reason: 'Chiffre de l’antenne de Dieppe oublié' },
    });
    const caen = (await get('/v1/ccis/cci-caen-normandie/entry-sheets/2026-T2', 'cci-caen-normandie'))
      .body as EntrySheet;
    expect(caen.campaign).toMatchObject({ status: 'cloturee', locked: true, reopened: null });
  });

  it("serves the region's review: each declaration, what changed, the counts, who closed and the reopenings", async () => {
    const open = (await get('/v1/regions/normandie/campaigns/2026-T3', 'cci-normandie')).body as Review;
    const doc = campaignOf('2026-T3');
    expect(open.campaign.status).toBe('ouverte');
    expect(open.campaign.counts).toEqual({ ...doc.counts, late: doc.counts.notDeclared });
    expect(open.campaign.missing).toBe(doc.counts.expected - doc.counts.validated);
    expect(open.ccis.map((c) => c.cci.id)).toEqual(
      reference
        .ccisOfRegion('normandie')
        .filter((c) => c.kind === 'territorial')
        .map((c) => c.id),
    );
    for (const { cci, declarations } of open.ccis)
      for (const declaration of declarations) {
        const cell = doc.declarations[cci.id]![declaration.indicatorId]!;
        expect(declaration).toMatchObject({
          state: cell.state,
          value: cell.value,
          sentBackComment: cell.sentBackComment,
          change:
            cell.previousDeclaration && cell.value !== null
              ? {
                  value: cell.value - cell.previousDeclaration.value,
                  comment: cell.comment !== cell.previousDeclaration.comment,
                }
              : null,
        });
      }
    const states = new Set(open.ccis.flatMap((c) => c.declarations.map((d) => d.state)));
    expect([...states]).toEqual(expect.arrayContaining(['validee', 'a-declarer']));
    const closed = (await get('/v1/regions/normandie/campaigns/2026-T2', 'cci-france')).body as Review;
    expect(closed.campaign).toMatchObject({
      status: 'cloturee',
      closing: { closedBy: { cci: { id: 'cci-normandie' } } },
      reopenedFor: [{ cci: { id: 'cci-rouen-metropole' }, reason: 'Chiffre de l’antenne de Dieppe oublié' }],
    });
    expect(closed.campaign.history.map((h) => h.kind)).toEqual(['closed', 'reopened']);
    expect(closed.ccis.find((c) => c.cci.id === 'cci-rouen-metropole')?.locked).toBe(false);
    expect(closed.ccis.find((c) => c.cci.id === 'cci-caen-normandie')?.locked).toBe(true);
  });

  it("lists a region's campaigns for its CCIs, newest first, with status, deadline, counts and late declarations", async () => {
    const { status, body } = await get('/v1/regions/normandie/campaigns', 'cci-rouen-metropole');
    expect(status).toBe(200);
    const listed = (body as { campaigns: { period: string; status: string; counts: { late: number } }[] })
      .campaigns;
    const now = Date.now();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(now));
    const expected = listedCampaigns([...campaigns.values()], 'normandie', reference, today);
    expect(listed.map((c) => [c.period, c.status])).toEqual(
      expected.map((doc) => [doc.period, campaignStatusAt(doc, now).status]),
    );
    expect(listed.find((c) => c.period === '2026-T3')).toMatchObject({
      status: 'ouverte',
      counts: { late: campaignOf('2026-T3').counts.notDeclared },
    });
    expect(listed.find((c) => c.period === '2023-T1')?.status).toBe('cloturee');
  });

  it('shows CCI France the validated figures, what awaits review apart, and each region’s campaigns', async () => {
    const { body } = await get('/v1/national', 'cci-france');
    const view = body as {
      regions: {
        regionId: string;
        indicators: Record<string, { years: Record<string, { actual: number | null }> }>;
        pending: Record<string, Record<string, { declarations: number }>>;
        campaigns: { period: string; status: string; closedAt: string | null; late: number }[];
      }[];
      totals: {
        pending: Record<string, Record<string, { declarations: number }>>;
        campaigns: { period: string; closedRegionIds: string[]; validated: number }[];
      };
    };
    const summary = project(nationalRegionSummary, history, reference).get(nationalRegionId('normandie'))!;
    const normandie = view.regions.find((r) => r.regionId === 'normandie')!;
    // Validated declarations only: the pure consolidation's figures, which the pending ones never enter.
    for (const [indicatorId, figures] of Object.entries(summary.indicators))
      for (const [year, y] of Object.entries(figures.years))
        expect({ indicatorId, year, actual: normandie.indicators[indicatorId]?.years[year]?.actual }).toEqual(
          {
            indicatorId,
            year,
            actual: y.actual,
          },
        );
    expect(normandie.indicators['premier-niveau-information']?.years['2025']?.actual).toBeGreaterThan(0);
    expect(normandie.pending).toEqual(summary.pending);
    expect(view.totals.pending).toEqual(summary.pending);
    expect(normandie.campaigns.find((c) => c.period === '2026-T2')).toMatchObject({
      status: 'cloturee',
      closedAt: campaignOf('2026-T2').closing!.closedAt,
    });
    expect(normandie.campaigns.find((c) => c.period === '2026-T3')).toMatchObject({
      status: 'ouverte',
      closedAt: null,
      late: summary.campaigns['2026-T3']!.notDeclared,
    });
    expect(view.totals.campaigns.find((c) => c.period === '2026-T2')).toMatchObject({
      closedRegionIds: ['normandie'],
      validated: summary.campaigns['2026-T2']!.validated,
    });
    // As it stood on 15 August, the second quarter was open: it was closed in October.
    const asOf = (await get('/v1/national?asOf=2026-08-15', 'cci-france')).body as typeof view;
    expect(
      asOf.regions.find((r) => r.regionId === 'normandie')?.campaigns.find((c) => c.period === '2026-T2'),
    ).toMatchObject({ status: 'ouverte', closedAt: null });
  });

  it('publishes the open data without a key: the validated figures per region and France’s, never one awaiting review', async () => {
    const open = async (file: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${stack.url}/v1/donnees-ouvertes/${file}`, { headers });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { response, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
    };
    const json = await open('consolidation-cop.json');
    expect(json.response.status).toBe(200);
    expect(json.response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(json.response.headers.get('link')).toBe(
      '<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel="license"',
    );
    const document = JSON.parse(json.text) as {
      licence: { nom: string };
      producteur: string;
      catalogue: { source: string };
      dictionnaire: { colonne: string }[];
      lignes: OpenDataRow[];
    };
    expect(document).toMatchObject({
      licence: { nom: 'Licence Ouverte / Open Licence version 2.0 (Etalab)' },
      producteur: 'CCI France (démonstration)',
      catalogue: { source: reference.cop.source },
    });
    // The national view's consolidation of the validated figures, row for row.
    const view = (await get('/v1/national', 'cci-france')).body as { totals: { cop: CopIndicatorFigures[] } };
    expect(document.lignes).toEqual(openDataRows(view.totals.cop, reference));
    const summary = project(nationalRegionSummary, history, reference).get(nationalRegionId('normandie'))!;
    const normandie = (copIndicatorId: string, year: string) =>
      document.lignes.find(
        (r) => r.region === 'normandie' && r.indicateur_cop === copIndicatorId && r.annee === Number(year),
      );
    // A year with figures awaiting review: they are not in Normandie's value, only the validated ones.
    const [indicatorId, year, pending] = Object.entries(summary.pending)
      .flatMap(([id, byYear]) => Object.entries(byYear).map(([y, f]) => [id, y, f] as const))
      .find(
        ([id, , f]) =>
          (f.actual ?? 0) > 0 &&
          reference.copIndicator(reference.indicator(id)?.copIndicatorId ?? '')?.aggregation === 'sum',
      )!;
    const copIndicatorId = reference.indicator(indicatorId)!.copIndicatorId!;
    const validated = summary.indicators[indicatorId]?.years[year]?.actual ?? null;
    expect(validated).toBeGreaterThan(0);
    expect(normandie(copIndicatorId, year)?.valeur).toBe(validated);
    expect(normandie(copIndicatorId, year)?.valeur).not.toBe(validated! + pending.actual!);
    expect(document.lignes.every((r) => r.niveau === 'france' || r.region !== null)).toBe(true);

    const csv = await open('consolidation-cop.csv');
    expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${document.dictionnaire.map((c) => c.colonne).join(';')}`);
    const row = normandie(copIndicatorId, '2025')!;
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^region;${copIndicatorId};.*;2025;normandie;Normandie;non;${row.valeur};${indicatorId};`),
      ),
    );
    // Kept a minute, then revalidated: 304 with no body while the consolidation is the same.
    const again = await open('consolidation-cop.csv', { 'if-none-match': csv.response.headers.get('etag')! });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe('');
    const dictionary = await open('dictionnaire.json');
    expect((JSON.parse(dictionary.text) as { dictionnaire: unknown[] }).dictionnaire).toEqual(
      document.dictionnaire,
    );
  });

  it('serves the annual reports, each edition exactly as presented', async () => {
    const { status, body } = await get('/v1/regions/normandie/annual-reports', 'cci-caen-normandie');
    expect(status).toBe(200);
    const [year] = (
      body as {
        years: {
          year: number;
          review: { summary: string; body: { label: string } } | null;
          editions: { edition: number; deliberation: string; snapshot: typeof snapshot }[];
        }[];
      }
    ).years;
    expect(year).toMatchObject({
      year: 2025,
      review: {
        summary: 'Le Bureau constate l’avancement des mutualisations.',
        body: { label: 'Bureau régional' },
      },
    });
    expect(year?.editions.map((e) => e.edition)).toEqual([1, 2]);
    expect(year?.editions[0]).toMatchObject({ deliberation: present.deliberation, snapshot });
    expect(year?.editions[1]?.snapshot.indicators[0]?.actual).toBe(4_300);
  });

  it('refuses with a French problem document what a caller may not read, and bad parameters', async () => {
    const cases: [string, string, number, string][] = [
      ['cci-caen-normandie', '/v1/ccis/cci-rouen-metropole/entry-sheets/2026-T3', 403, 'saisie-reservee'],
      ['cci-normandie', '/v1/ccis/cci-rouen-metropole/entry-sheets/2026-T3', 403, 'saisie-reservee'],
      ['cci-france', '/v1/ccis/cci-rouen-metropole/entry-sheets/2026-T3', 403, 'saisie-reservee'],
      ['cci-rouen-metropole', '/v1/regions/normandie/campaigns/2026-T3', 403, 'reserve-revue'],
      ['cci-pays-de-la-loire', '/v1/regions/normandie/campaigns/2026-T3', 403, 'autre-region'],
      ['cci-mayenne', '/v1/regions/normandie/campaigns', 403, 'autre-region'],
      ['cci-mayenne', '/v1/regions/normandie/annual-reports', 403, 'autre-region'],
      ['cci-france', '/v1/regions/atlantide/campaigns', 404, 'region-inconnue'],
      ['cci-france', '/v1/ccis/cci-atlantide/entry-sheets/2026-T3', 404, 'cci-inconnue'],
      ['cci-normandie', '/v1/regions/normandie/campaigns/2031-T1', 404, 'periode-hors-calendrier'],
      ['cci-mayenne', '/v1/ccis/cci-mayenne/entry-sheets/2026-T3', 404, 'periode-hors-calendrier'],
      ['cci-rouen-metropole', '/v1/ccis/cci-rouen-metropole/entry-sheets/2026-T5', 422, 'validation'],
      ['cci-normandie', '/v1/regions/normandie/campaigns?periode=2026-T3', 400, 'requete-mal-formee'],
    ];
    for (const [as, path, status, code] of cases) {
      const answer = await get(path, as);
      const problem = answer.body as { code?: string; type?: string; detail?: string };
      expect({ as, path, status: answer.status }).toEqual({ as, path, status });
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(problem.code ?? problem.type).toContain(code);
      expect(problem.detail).toMatch(/[a-zàâçéèêëîïôûùüÿœ]/);
    }
    const refusal = (await get('/v1/regions/normandie/campaigns/2026-T3', 'cci-rouen-metropole')).body as {
      detail: string;
    };
    expect(refusal.detail).toBe(
      'La revue des déclarations est réservée à la CCI régionale et à CCI France (CCI Rouen Métropole).',
    );
  });

  it('tells a CCI live of its own entry sheet, and nobody else', async () => {
    const listen = async (as: string) => {
      const controller = new AbortController();
      const response = await fetch(`${stack.url}/v1/live`, {
        headers: { authorization: `Bearer ${stack.key(as)}` },
        signal: controller.signal,
      });
      const reader = response.body!.getReader();
      const notices: { models: string[] }[] = [];
      void (async () => {
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
          if (done) return;
          buffer += new TextDecoder().decode(value as Uint8Array);
          for (const match of buffer.matchAll(/event: modele-mis-a-jour\n(?:id: \d+\n)?data: (.*)\n/g))
            notices.push(JSON.parse(match[1]!) as { models: string[] });
          buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
        }
      })();
      return {
        notices,
        stop: () => {
          controller.abort();
        },
      };
    };
    const rouen = await listen('cci-rouen-metropole');
    const caen = await listen('cci-caen-normandie');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Rouen declares one of its figures again: the campaign, the COM and its entry sheet change.
    const declared = campaignOf('2026-T3').declarations['cci-rouen-metropole']!;
    const [indicatorId, cell] =
      Object.entries(declared).find(([, c]) => c.state === 'declaree') ??
      Object.entries(declared).find(([, c]) => c.state === 'validee')!;
    await stack.append(
      recorded('2026-11-23T12:00:00.000Z', 'cci-rouen-metropole', {
        type: 'ReportIndicator',
        cciId: 'cci-rouen-metropole',
        indicatorId,
        period: '2026-T3',
        value: (cell.value ?? 0) + 1,
        unitId: cell.unitId,
        comment: null,
      }),
    );
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (rouen.notices.length === 0 || caen.notices.length === 0))
      await new Promise((resolve) => setTimeout(resolve, 100));
    rouen.stop();
    caen.stop();
    expect(rouen.notices.flatMap((n) => n.models)).toContain('declaration-drafts');
    expect(caen.notices.flatMap((n) => n.models)).toContain('campaign-progress');
    expect(caen.notices.flatMap((n) => n.models)).not.toContain('declaration-drafts');
  });
});
