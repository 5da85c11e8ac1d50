import { get as httpGet } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  comProgress,
  comProgressAsOf,
  periodHasEnded,
  project,
  referenceData as reference,
  seedHistory,
  type DomainEvent,
} from '@cci/domain';
import { Notifications } from '@cci/read-model-store';
import { HistorySimulator, simulateEvents } from '@cci/simulation';

import { ReadApiStack } from './read-api-stack.fixture.js';

/** What a response weighs as sent, before the client decodes it. */
function bytesOnTheWire(
  url: string,
  headers: Record<string, string>,
): Promise<{ encoding: string | undefined; bytes: number }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => {
        resolve({ encoding: response.headers['content-encoding'], bytes });
      });
    }).on('error', reject);
  });
}

describe('the read API over the projected read models', () => {
  const stack = new ReadApiStack([
    'cci-france',
    'cci-normandie',
    'cci-pays-de-la-loire',
    'cci-rouen-metropole',
    'cci-mayenne',
  ]);
  const history = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 17, fromYear: 2023, count: 1_500, untilMs: Date.UTC(2026, 0, 1) }),
  ];
  const get = (path: string, as: string) => stack.get(path, as);

  beforeAll(() => stack.start(history), 120_000);
  afterAll(() => stack.stop(), 60_000);

  it('serves the regional view the projections give, with a French freshness banner', async () => {
    const { status, body } = await get('/v1/regions/normandie', 'cci-rouen-metropole');
    expect(status).toBe(200);
    const view = body as {
      freshness: { message: string };
      com: { indicators: { indicatorId: string; years: unknown; periods: unknown }[] };
    };
    expect(view.freshness.message).toMatch(/^à jour à \d{2}:\d{2} · /);
    const expected = project(comProgress, history, reference).get(
      'com-progress:normandie:premier-niveau-information',
    )!;
    const served = view.com.indicators.find((i) => i.indicatorId === 'premier-niveau-information')!;
    expect(served.years).toEqual(expected.years);
    expect(served.periods).toEqual(expected.periods);
  });

  it('sends the regional view compressed when the client accepts it', async () => {
    const url = `${stack.url}/v1/regions/normandie`;
    const authorization = `Bearer ${stack.key('cci-rouen-metropole')}`;
    const plain = await bytesOnTheWire(url, { authorization, 'accept-encoding': 'identity' });
    const compressed = await bytesOnTheWire(url, { authorization, 'accept-encoding': 'br, gzip' });
    console.log(`Vue régionale : ${plain.bytes} octets, ${compressed.bytes} en Brotli`);
    expect(compressed.encoding).toBe('br');
    expect(compressed.bytes).toBeLessThan(plain.bytes / 5);
  });

  it('serves the figures the pages show, judged on the day the view stands at', async () => {
    const { body } = await get('/v1/regions/normandie?asOf=2024-06-30', 'cci-rouen-metropole');
    const view = body as {
      com: {
        indicators: {
          indicatorId: string;
          yearly: {
            year: string;
            target: number | null;
            targetSource: string | null;
            ccis: { cciId: string }[];
          }[];
          series: { period: string }[];
        }[];
        completeness: {
          periods: string[];
          rows: { cciId: string; cells: { period: string; expected: number; received: number }[] }[];
        };
      };
      actions: { actions: Record<string, { totem: boolean }>; order: string[] };
    };
    const asOf = Date.parse('2024-06-30T21:59:59.999Z');
    const documents = [...project(comProgress, history, reference).values()]
      .filter((doc) => doc.regionId === 'normandie')
      .map((doc) => comProgressAsOf(doc, asOf, reference));
    const territorial = reference
      .ccisOfRegion('normandie')
      .filter((c) => c.kind === 'territorial')
      .map((c) => c.id);
    // On 30 June the second quarter is not over yet.
    const { periods, rows } = view.com.completeness;
    expect(periods.at(-1)).toBe('2024-T1');
    expect(rows.map((r) => r.cciId)).toEqual(territorial);
    for (const period of periods) {
      const received = rows.reduce(
        (sum, r) => sum + (r.cells.find((c) => c.period === period)?.received ?? 0),
        0,
      );
      expect({ period, received }).toEqual({
        period,
        received: documents.reduce((sum, doc) => sum + (doc.periods[period]?.received ?? 0), 0),
      });
    }
    const served = view.com.indicators.find((i) => i.indicatorId === 'premier-niveau-information')!;
    const document = documents.find((doc) => doc.indicatorId === 'premier-niveau-information')!;
    expect(served.series.at(-1)?.period).toBe('2024-T1');
    expect(served.yearly.map((y) => y.year)).toEqual(Object.keys(document.years).sort());
    for (const year of served.yearly) {
      expect(year.ccis.map((c) => c.cciId)).toEqual(territorial);
      const figures = document.years[year.year]!;
      const cciTargets = Object.values(figures.ccis).flatMap((c) => (c.target === null ? [] : [c.target]));
      expect(year.target).toBe(
        figures.region.target ?? (cciTargets.length > 0 ? cciTargets.reduce((a, b) => a + b, 0) : null),
      );
    }
    const { actions, order } = view.actions;
    expect([...order].sort()).toEqual(Object.keys(actions).sort());
    const totems = order.filter((id) => actions[id]?.totem).length;
    expect(order.slice(0, totems).every((id) => actions[id]?.totem)).toBe(true);
  });

  it("serves each region's cells per mode and reporting over the periods ended today, as its export does", async () => {
    const { body } = await get('/v1/national', 'cci-france');
    const regions = (
      body as {
        regions: {
          regionId: string;
          completeness: Record<string, { expected: number; received: number }>;
          srom: { distribution: Record<string, { A: number; unknown: number }> };
          modes: { A: number; unknown: number };
          reporting: { expected: number; received: number; onTime: number; receivedShare: number | null };
        }[];
      }
    ).regions;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const normandie = regions.find((r) => r.regionId === 'normandie')!;
    const ended = Object.entries(normandie.completeness).filter(([period]) => periodHasEnded(period, today));
    const expected = ended.reduce((sum, [, c]) => sum + c.expected, 0);
    const received = ended.reduce((sum, [, c]) => sum + c.received, 0);
    expect(expected).toBeGreaterThan(0);
    expect(normandie.reporting).toMatchObject({ expected, received, receivedShare: received / expected });
    const functions = Object.values(normandie.srom.distribution);
    expect(normandie.modes).toMatchObject({
      A: functions.reduce((sum, f) => sum + f.A, 0),
      unknown: functions.reduce((sum, f) => sum + f.unknown, 0),
    });
    // The comparison's export says what the comparison shows: reports of the periods ended so far.
    const line = (await get('/v1/national/exports/regions', 'cci-france')).text
      .split('\r\n')
      .find((l) => l.startsWith('Normandie;'));
    const { reporting } = normandie;
    expect(line?.split(';').slice(10, 13)).toEqual(
      [reporting.expected, reporting.received, reporting.onTime].map(String),
    );
  });

  it('counts nothing of declarations the region never validated in the COP figures, and serves the COM cycle asked for, not an unknown SROM cycle', async () => {
    const { totals } = (await get('/v1/national', 'cci-france')).body as {
      totals: { cop: { copIndicatorId: string; years: Record<string, unknown> }[] };
    };
    // This history declares figures (1,500 simulated events) but plays no review: no COP figure yet.
    expect(totals.cop.map((f) => f.copIndicatorId)).toEqual(reference.cop.indicators.map((i) => i.id));
    expect(totals.cop.filter((f) => Object.keys(f.years).length > 0)).toEqual([]);
    // The one COM in force, listed as the region's cycle; a COM of another region is refused in French.
    const view = (await get('/v1/regions/normandie', 'cci-normandie')).body as {
      com: { convention: { comId: string }; cycles: { comId: string; inForce: boolean }[] };
    };
    expect(view.com.cycles).toEqual([
      expect.objectContaining({ comId: 'com-normandie-2023-2027', inForce: true }),
    ]);
    expect(
      (await get('/v1/regions/normandie?cycle=com-normandie-2023-2027', 'cci-normandie')).body,
    ).toMatchObject({ com: { convention: { comId: 'com-normandie-2023-2027' } } });
    const refused = await get('/v1/regions/normandie?cycle=com-bretagne-2023-2027', 'cci-normandie');
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({
      detail: "La région n'a pas de COM « com-bretagne-2023-2027 ».",
      field: 'cycle',
    });
    const noSuchSrom = await get('/v1/regions/normandie?sromCycle=srom-2030-2034', 'cci-normandie');
    expect(noSuchSrom.status).toBe(404);
    expect(noSuchSrom.body).toMatchObject({
      detail: "Le SROM n'a pas de cycle « srom-2030-2034 ».",
      field: 'sromCycle',
    });
  });

  it('shows the matrix as it stood at a past date, and the history of a cell', async () => {
    const cell = async (asOf: string) =>
      (
        (await get(`/v1/regions/pays-de-la-loire?asOf=${asOf}`, 'cci-mayenne')).body as {
          matrix: { cells: Record<string, Record<string, { current: unknown }>> };
        }
      ).matrix.cells['si-gouvernance']?.['cci-mayenne']?.current;
    expect(await cell('2012-12-31')).toEqual({ mode: 'A', delegate: null, since: '2012-12-31' });
    expect(await cell('2013-12-31')).toEqual({
      mode: 'I',
      delegate: { kind: 'ccit', cciId: 'cci-nantes-st-nazaire' },
      since: '2013-01-01',
    });
    const audit = (
      await get('/v1/regions/pays-de-la-loire/srom/si-gouvernance/cci-mayenne/history', 'cci-mayenne')
    ).body as { subject: string; entries: { what: string }[] };
    expect(audit.subject).toBe('Gouvernance — CCI Mayenne');
    expect(audit.entries.at(-1)?.what).toBe(
      'aucun mode connu → Autonomie (A), à compter du 31 décembre 2012',
    );
  });

  it('exports a table as French CSV, the matrix with the milestones of the SROM cycle asked for', async () => {
    const { status, headers, text } = await get(
      '/v1/regions/pays-de-la-loire/exports/matrice',
      'cci-pays-de-la-loire',
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(text.startsWith('\uFEFFFonction;Macro-processus;CCI;Mode actuel;')).toBe(true);
    expect(text).toContain("Systèmes d'information;Gouvernance;CCI Mayenne;");
    // The matrix's milestones are those of the SROM cycle asked for, or of the one in force.
    const asked = await get(
      '/v1/regions/pays-de-la-loire/exports/matrice?sromCycle=srom-2017-2021',
      'cci-pays-de-la-loire',
    );
    expect(asked.text.split('\r\n')[0]).toBe(
      '\uFEFFFonction;Macro-processus;CCI;Mode actuel;Délégataire;Depuis;État des lieux 2013;Statut 2017;Projection 2021;Écart à la projection 2021',
    );
    expect(
      (
        await get(
          '/v1/regions/pays-de-la-loire/exports/matrice?sromCycle=srom-2030-2034',
          'cci-pays-de-la-loire',
        )
      ).status,
    ).toBe(404);
    const national = async (query: string) =>
      (await get(`/v1/national/exports/regions${query}`, 'cci-france')).text
        .split('\r\n')
        .find((line) => line.startsWith('Pays de la Loire;'));
    // Before the source documents' first decision, no mode is known yet in Pays de la Loire.
    expect(await national('?asOf=2012-01-01')).toMatch(/^Pays de la Loire;\d+;0;0;0;0;0;/);
    expect(await national('')).not.toMatch(/^Pays de la Loire;\d+;0;0;0;0;0;/);
  });

  it('lets each role read only what it may', async () => {
    const cases: [string, string, number][] = [
      ['cci-rouen-metropole', '/v1/regions/normandie', 200],
      ['cci-rouen-metropole', '/v1/regions/pays-de-la-loire', 403],
      ['cci-rouen-metropole', '/v1/regions/pays-de-la-loire/srom/si-gouvernance/cci-mayenne/history', 403],
      ['cci-rouen-metropole', '/v1/regions/pays-de-la-loire/exports/matrice', 403],
      ['cci-rouen-metropole', '/v1/national', 403],
      ['cci-rouen-metropole', '/v1/monitoring', 403],
      ['cci-normandie', '/v1/monitoring', 200],
      ['cci-normandie', '/v1/regions/pays-de-la-loire', 403],
      ['cci-normandie', '/v1/national', 403],
      ['cci-pays-de-la-loire', '/v1/regions/normandie/indicators/premier-niveau-information/history', 403],
      ['cci-france', '/v1/regions/normandie', 200],
      ['cci-france', '/v1/regions/pays-de-la-loire', 200],
      ['cci-france', '/v1/national', 200],
      ['cci-france', '/v1/national/exports/regions', 200],
      ['cci-france', '/v1/monitoring', 200],
    ];
    const outcomes = await Promise.all(
      cases.map(async ([as, path]) => [as, path, (await get(path, as)).status]),
    );
    expect(outcomes).toEqual(cases);
  });

  it('shows the notifier’s failed notices to the DSI who may read the person’s CCI, by person id, never by address', async () => {
    const notifications = new Notifications(stack.readModelsDatabase);
    await notifications.ensureIndexes();
    const recipient = {
      personId: 'personne-claire',
      cciId: 'cci-rouen-metropole',
      name: 'Claire Lefebvre',
      email: 'claire.lefebvre@rouen-metropole.cci.example',
    };
    const reasonKey = 'retard:cci-rouen-metropole:2026-T3';
    await notifications.claim(
      [{ reasonKey, kind: 'retard', recipient, facts: {}, deliverAt: new Date(0), quietHours: false }],
      'notifier-test',
      new Date(),
    );
    const leased = await notifications.lease('notifier-test', new Date(), new Date(), 60_000);
    const failure = 'serveur SMTP injoignable (connexion refusée), après 5 essais';
    await notifications.markFailed(leased?._id ?? '', 'notifier-test', {
      at: new Date('2026-11-02T08:00:00.000Z'),
      failure,
      attempts: 5,
    });
    const seenBy = async (as: string) => (await get('/v1/monitoring', as)).body?.notifications;
    const expected = {
      counts: [{ kind: 'retard', status: 'failed', count: 1 }],
      failures: [
        {
          reasonKey,
          kind: 'retard',
          personId: 'personne-claire',
          cci: {
            id: 'cci-rouen-metropole',
            name: 'CCI Rouen Métropole',
            kind: 'territorial',
            regionId: 'normandie',
          },
          attempts: 5,
          failedAt: '2026-11-02T08:00:00.000Z',
          failure,
        },
      ],
    };
    expect(await seenBy('cci-normandie')).toEqual(expected);
    expect(await seenBy('cci-france')).toEqual(expected);
    expect(await seenBy('cci-pays-de-la-loire')).toEqual({ ...expected, failures: [] });
    expect((await get('/v1/monitoring', 'cci-france')).text).not.toContain('rouen-metropole.cci.example');
  });

  it('refuses hostile parameters with a 4xx and no stack trace', async () => {
    const cases: [string, number][] = [
      ['/v1/regions/%24ne', 422],
      ['/v1/regions/normandie?asOf=2024-02-30', 422],
      ['/v1/regions/normandie?asOf=', 422],
      ['/v1/regions/normandie?asOf=2999-01-01', 422],
      ['/v1/regions/normandie?asOf=2024-01-01&asOf=2024-02-01', 422],
      ['/v1/regions/normandie?asOf[$gt]=1', 400],
      ['/v1/national?depuis=2024-01-01', 400],
    ];
    for (const [path, expected] of cases) {
      const { status, text } = await get(path, 'cci-france');
      expect({ path, status }).toEqual({ path, status: expected });
      expect(text).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('answers a view the reader already holds 304 with no body, until an event changes it', async () => {
    await stack.caughtUp();
    const ask = (path: string, as: string, ifNoneMatch: string | null = null) =>
      fetch(`${stack.url}${path}`, {
        headers: {
          authorization: `Bearer ${stack.key(as)}`,
          ...(ifNoneMatch === null ? {} : { 'if-none-match': ifNoneMatch }),
        },
      });
    const first = await ask('/v1/regions/normandie', 'cci-rouen-metropole');
    expect(first.status).toBe(200);
    const regional = first.headers.get('etag')!;
    expect(regional).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')).toMatch(/Accept-Encoding/);

    const again = await ask('/v1/regions/normandie', 'cci-rouen-metropole', regional);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(regional);
    expect(again.headers.get('cache-control')).toBe('private, no-cache');
    expect(again.headers.get('vary')).toMatch(/Accept-Encoding/);
    // Another reader of the region holds the same view; a reader of another region is still refused.
    expect((await ask('/v1/regions/normandie', 'cci-normandie', regional)).status).toBe(304);
    const refused = await ask('/v1/regions/normandie', 'cci-mayenne', regional);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('etag')).not.toBe(regional);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/région/);
    // The view as of a date is another view, with its own validator.
    const past = await ask('/v1/regions/normandie?asOf=2024-06-30', 'cci-rouen-metropole', regional);
    expect(past.status).toBe(200);
    expect(past.headers.get('etag')).not.toBe(regional);

    const indicatorPath = '/v1/regions/normandie/indicators/premier-niveau-information';
    const part = await ask(indicatorPath, 'cci-rouen-metropole');
    expect(part.status).toBe(200);
    const indicatorTag = part.headers.get('etag')!;
    expect(indicatorTag).not.toBe(regional);
    expect((await ask(indicatorPath, 'cci-rouen-metropole', indicatorTag)).status).toBe(304);
    expect((await ask(indicatorPath, 'cci-mayenne')).status).toBe(403);
    expect((await ask('/v1/regions/normandie/indicators/inconnu', 'cci-normandie')).status).toBe(404);

    const nationalFirst = await ask('/v1/national', 'cci-france');
    const national = nationalFirst.headers.get('etag')!;
    expect((await ask('/v1/national', 'cci-france', national)).status).toBe(304);
    expect((await ask('/v1/national', 'cci-normandie', national)).status).toBe(403);

    const simulator = new HistorySimulator(reference, { seed: 2, fromYear: 2026 });
    for (const known of history) simulator.remember(known);
    const [report] = simulator.record({
      at: new Date().toISOString(),
      recordedBy: 'cci-rouen-metropole',
      person: null,
      command: {
        type: 'ReportIndicator',
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2026-T1',
        value: 12,
        unitId: 'entreprises',
        comment: null,
      },
    });
    expect(report).toBeDefined();
    await stack.append([report!]);

    const changed = await ask('/v1/regions/normandie', 'cci-rouen-metropole', regional);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(regional);
    const view = (await changed.json()) as {
      com: {
        indicators: { indicatorId: string; reports: Record<string, Record<string, { value: number }>> }[];
      };
    };
    const served = view.com.indicators.find((i) => i.indicatorId === 'premier-niveau-information');
    expect(served?.reports['cci-rouen-metropole']?.['2026-T1']?.value).toBe(12);
    // The indicator alone changed with it, and holds what the whole view says of it.
    const partChanged = await ask(indicatorPath, 'cci-rouen-metropole', indicatorTag);
    expect(partChanged.status).toBe(200);
    const change = (await partChanged.json()) as Record<string, unknown>;
    // Each answer says when it was built: the banner's "à jour à…" is the only part that may differ.
    const whole = view as unknown as {
      freshness: { upToDateAt: unknown; message: unknown };
      com: { completeness: unknown };
    };
    expect(change).toEqual({
      generatedAt: expect.any(String),
      freshness: { ...whole.freshness, upToDateAt: expect.anything(), message: expect.any(String) },
      indicator: served,
      completeness: whole.com.completeness,
    });
    const nationalChanged = await ask('/v1/national', 'cci-france', national);
    expect(nationalChanged.status).toBe(200);
    expect(nationalChanged.headers.get('etag')).not.toBe(national);
  });

  it('pushes a "read model changed" event within a second of a projection', async () => {
    const controller = new AbortController();
    const response = await fetch(`${stack.url}/v1/live`, {
      headers: { authorization: `Bearer ${stack.key('cci-rouen-metropole')}` },
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const received = (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += new TextDecoder().decode(value as Uint8Array);
        const match = /event: modele-mis-a-jour\n(?:id: \d+\n)?data: (.*)\n/.exec(buffer);
        if (match)
          return {
            at: Date.now(),
            notice: JSON.parse(match[1]!) as {
              regionIds: string[];
              documents: { model: string; id: string }[];
            },
          };
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const simulator = new HistorySimulator(reference, { seed: 1, fromYear: 2026 });
    for (const known of history) simulator.remember(known);
    const [event] = simulator.record({
      at: new Date().toISOString(),
      recordedBy: 'cci-rouen-metropole',
      person: null,
      command: {
        type: 'ReportIndicator',
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2026-T3',
        value: 5,
        unitId: 'entreprises',
        comment: null,
      },
    }) as [DomainEvent];
    // In the same flush, a fact of another region, which Rouen must not hear of.
    const [elsewhere] = simulator.record({
      at: new Date().toISOString(),
      recordedBy: 'cci-pays-de-la-loire',
      person: null,
      command: {
        type: 'PlanAction',
        actionId: 'action-en-direct',
        regionId: 'pays-de-la-loire',
        ownerCciId: 'cci-pays-de-la-loire',
        title: 'Mutualiser la paie',
        functionId: null,
        macroProcessIds: [],
        axisId: null,
        totem: false,
        plannedOn: new Date().toISOString().slice(0, 10),
        dueOn: null,
        decidedBy: null,
      },
    }) as [DomainEvent];
    const appendedAt = Date.now();
    await stack.append([event, elsewhere], { wait: false });
    const { at, notice } = await received;
    controller.abort();
    expect(notice.regionIds).toEqual(['normandie']);
    expect(notice.documents).toContainEqual({
      model: 'com-progress',
      id: 'com-progress:normandie:premier-niveau-information',
    });
    expect(notice.documents.every((d) => !d.id.includes('pays-de-la-loire'))).toBe(true);
    expect(at - appendedAt).toBeLessThan(1_000);
  });

  it('ends the open live streams and exits cleanly when asked to stop', async () => {
    const response = await fetch(`${stack.url}/v1/live`, {
      headers: { authorization: `Bearer ${stack.key('cci-france')}` },
    });
    await stack.readApi.kill('SIGTERM', 10_000);
    // NestJS re-raises the signal once its shutdown hooks are done; SIGKILL would mean it hung.
    expect(stack.readApi.process.signalCode).toBe('SIGTERM');
    await expect(response.text()).resolves.toBeDefined();
  });
});
