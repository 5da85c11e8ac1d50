import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { annualReport, annualReportId } from './annual-report.js';
import {
  campaignClosureAsOf,
  campaignDeclaration,
  campaignLockedFor,
  campaignProgress,
  campaignProgressId,
  campaignStatusAt,
  cciCampaignCounts,
  declarationChange,
  listedCampaigns,
  previousPeriodValue,
} from './campaign-progress.js';
import { nationalCampaignRows, regionCampaignRows } from './campaign-rows.js';
import {
  consolidateDeclarationFigures,
  lateDeclarations,
  missingDeclarations,
} from './declaration-figures.js';
import { declarationDrafts, declarationDraftsId, declarationDraftsOwner } from './declaration-drafts.js';
import { nationalRegionId, nationalRegionSummary } from './national-consolidation.js';
import { project } from './projection.js';

const of = (cciId: string, period = '2024-T3') => ({
  cciId,
  indicatorId: 'premier-niveau-information',
  period,
});
const declare = (cciId: string, value: number, period = '2024-T3', comment: string | null = null) =>
  command('ReportIndicator', { ...of(cciId, period), value, unitId: 'entreprises', comment });

/** A quarter's campaign played through: declared, sent back, corrected, validated, closed. */
function playedCampaign(): Scenario {
  const scenario = new Scenario(new Date('2024-07-05T09:00:00Z'));
  scenario.given('cci-rouen-metropole', declare('cci-rouen-metropole', 300, '2024-T2'));
  scenario.at('2024-10-08T09:00:00Z');
  scenario.given(
    'cci-rouen-metropole',
    command('DraftIndicatorValue', { ...of('cci-rouen-metropole'), value: 380, unitId: 'entreprises' }),
  );
  scenario.at('2024-10-10T09:00:00Z');
  scenario.given('cci-rouen-metropole', declare('cci-rouen-metropole', 612, '2024-T3', 'Salon'));
  scenario.at('2024-11-05T09:00:00Z');
  scenario.given('cci-caen-normandie', declare('cci-caen-normandie', 90));
  scenario.at('2024-11-06T09:00:00Z');
  scenario.given(
    'cci-normandie',
    command('SendBackDeclaration', {
      ...of('cci-rouen-metropole'),
      declaredVersion: 2,
      comment: 'Le double du T2 : à vérifier',
    }),
  );
  return scenario;
}

describe('a campaign’s progress, as the region reviews it', () => {
  it('expects each territorial CCI’s every quarterly indicator, à déclarer until declared', () => {
    const doc = campaignProgress.summarize(
      campaignProgress.initial(campaignProgressId('normandie', '2024-T3'), reference),
      reference,
    );
    expect(Object.keys(doc.declarations).sort()).toEqual([
      'cci-caen-normandie',
      'cci-ouest-normandie',
      'cci-portes-de-normandie',
      'cci-rouen-metropole',
      'cci-seine-estuaire',
    ]);
    expect(doc.declarations['cci-caen-normandie']?.['satisfaction-entreprises']).toMatchObject({
      state: 'a-declarer',
      unitId: 'pourcentage',
      value: null,
    });
    expect(doc).toMatchObject({
      comId: 'com-normandie-2023-2027',
      deadline: '2024-10-31T23:59:59+01:00',
      periodEnd: '2024-09-30',
      closing: null,
      counts: { expected: 70, declared: 0, notDeclared: 70 },
    });
  });

  it('shows each declaration’s state, value, comments, who declared and the previous period, never a draft', () => {
    const scenario = playedCampaign();
    const doc = project(campaignProgress, scenario.events, reference).get(
      campaignProgressId('normandie', '2024-T3'),
    )!;
    expect(doc.declarations['cci-rouen-metropole']?.['premier-niveau-information']).toEqual({
      state: 'renvoyee',
      version: 3,
      declaredVersion: 2,
      value: 612,
      unitId: 'entreprises',
      comment: 'Salon',
      sentBackComment: 'Le double du T2 : à vérifier',
      firstDeclaredAt: '2024-10-10T09:00:00.000Z',
      declaredAt: '2024-10-10T09:00:00.000Z',
      declaredBy: { cciId: 'cci-rouen-metropole', person: 'Claire Martin' },
      late: false,
      validatedAt: null,
      validatedBy: null,
      sentBackAt: '2024-11-06T09:00:00.000Z',
      sentBackBy: { cciId: 'cci-normandie', person: 'Claire Martin' },
      previousDeclaration: null,
    });
    expect(doc.declarations['cci-caen-normandie']?.['premier-niveau-information']).toMatchObject({
      state: 'declaree',
      late: true,
    });
    expect(doc.counts).toEqual({
      deadline: '2024-10-31T23:59:59+01:00',
      expected: 70,
      declared: 2,
      awaitingValidation: 1,
      validated: 0,
      sentBack: 1,
      notDeclared: 68,
      declaredLate: 1,
    });
  });

  it('gives the previous period’s value from that period’s campaign, the regional CCI’s own too', () => {
    const scenario = playedCampaign();
    scenario.given('cci-normandie', declare('cci-normandie', 324, '2024-T2'));
    scenario.given('cci-normandie', declare('cci-normandie', 350));
    const campaigns = project(campaignProgress, scenario.events, reference);
    const previous = campaigns.get(campaignProgressId('normandie', '2024-T2'))!;

    expect(previousPeriodValue(previous, 'cci-rouen-metropole', 'premier-niveau-information')).toBe(300);
    expect(previousPeriodValue(previous, 'cci-normandie', 'premier-niveau-information')).toBe(324);
    expect(previousPeriodValue(previous, 'cci-caen-normandie', 'premier-niveau-information')).toBeNull();
    expect(previousPeriodValue(null, 'cci-rouen-metropole', 'premier-niveau-information')).toBeNull();
    const [t2] = scenario.given('cci-normandie', declare('cci-normandie', 330, '2024-T2'));
    expect(campaignProgress.documentIds(t2!, reference)).toEqual([
      campaignProgressId('normandie', '2024-T2'),
    ]);
  });

  it('gives in plain fields, per indicator, the CCIs that have not declared it', () => {
    const doc = project(campaignProgress, playedCampaign().events, reference).get(
      campaignProgressId('normandie', '2024-T3'),
    )!;
    const fields = campaignProgress.plainFields!(doc, reference);
    expect(fields).toMatchObject({
      period: '2024-T3',
      comId: 'com-normandie-2023-2027',
      deadline: '2024-10-31T23:59:59+01:00',
      closedAt: null,
      counts: { expected: 70, declared: 2, awaitingValidation: 1, sentBack: 1, notDeclared: 68 },
    });
    const notDeclared = fields.notDeclared as Record<string, string[]>;
    expect(notDeclared['premier-niveau-information']).toEqual([
      'cci-ouest-normandie',
      'cci-portes-de-normandie',
      'cci-seine-estuaire',
    ]);
    expect(notDeclared['satisfaction-entreprises']).toHaveLength(5);
    expect(Object.keys(notDeclared)).toHaveLength(14);
  });

  it('follows the correction and the validation, then the closing with who closed it and what was missing', () => {
    const scenario = playedCampaign();
    scenario.at('2024-11-07T09:00:00Z');
    scenario.given('cci-rouen-metropole', declare('cci-rouen-metropole', 306, '2024-T3', 'Doublons retirés'));
    scenario.given(
      'cci-normandie',
      command('ValidateDeclaration', { ...of('cci-rouen-metropole'), declaredVersion: 4 }),
    );
    scenario.at('2024-11-08T09:00:00Z');
    scenario.given(
      'cci-normandie',
      command('CloseCampaign', { regionId: 'normandie', period: '2024-T3', acknowledgedMissing: 69 }),
    );
    const doc = project(campaignProgress, scenario.events, reference).get(
      campaignProgressId('normandie', '2024-T3'),
    )!;
    expect(doc.declarations['cci-rouen-metropole']?.['premier-niveau-information']).toMatchObject({
      state: 'validee',
      value: 306,
      sentBackComment: null,
      validatedAt: '2024-11-07T09:00:00.000Z',
      validatedBy: { cciId: 'cci-normandie', person: 'Claire Martin' },
    });
    expect(doc.closing).toEqual({
      closedAt: '2024-11-08T09:00:00.000Z',
      closedBy: { cciId: 'cci-normandie', person: 'Claire Martin' },
      expected: 70,
      validated: 1,
      missing: 69,
      notDeclared: 68,
      awaitingValidation: 1,
      sentBack: 0,
    });
    expect(campaignStatusAt(doc, Date.parse('2024-11-09T00:00:00Z'))).toEqual({
      status: 'cloturee',
      late: 68,
    });
    scenario.given(
      'cci-normandie',
      command('ReopenCampaignForCci', {
        regionId: 'normandie',
        period: '2024-T3',
        cciId: 'cci-caen-normandie',
        reason: 'Chiffre oublié',
      }),
    );
    const reopened = project(campaignProgress, scenario.events, reference).get(
      campaignProgressId('normandie', '2024-T3'),
    )!;
    expect(reopened.reopenedFor).toEqual({
      'cci-caen-normandie': {
        reason: 'Chiffre oublié',
        at: '2024-11-08T09:00:00.000Z',
        by: { cciId: 'cci-normandie', person: 'Claire Martin' },
      },
    });
    expect(reopened.reopenings).toBe(1);
  });

  it('keeps the declaration a new one replaced, and each CCI’s target for the year', () => {
    const scenario = playedCampaign();
    scenario.given(
      'cci-normandie',
      command('SetIndicatorTarget', {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        year: 2024,
        target: 2_400,
        unitId: 'entreprises',
      }),
    );
    scenario.at('2024-11-07T09:00:00Z');
    scenario.given('cci-rouen-metropole', declare('cci-rouen-metropole', 306, '2024-T3', 'Doublons retirés'));
    const campaigns = project(campaignProgress, scenario.events, reference);
    const doc = campaigns.get(campaignProgressId('normandie', '2024-T3'))!;
    expect(doc.declarations['cci-rouen-metropole']?.['premier-niveau-information']).toMatchObject({
      state: 'declaree',
      value: 306,
      declaredVersion: 4,
      previousDeclaration: {
        version: 2,
        value: 612,
        comment: 'Salon',
        declaredAt: '2024-10-10T09:00:00.000Z',
      },
    });
    expect(
      declarationChange(doc.declarations['cci-rouen-metropole']!['premier-niveau-information']!),
    ).toEqual({ value: -306, comment: true });
    // Caen's first declaration replaced nothing.
    expect(
      doc.declarations['cci-caen-normandie']?.['premier-niveau-information']?.previousDeclaration,
    ).toBeNull();
    expect(doc.targets).toEqual({
      'cci-rouen-metropole': { 'premier-niveau-information': { version: 1, target: 2_400 } },
    });
    // The target shows in every quarter of 2024, not in 2025's.
    expect(
      [...campaigns.values()]
        .filter((d) => d.targets['cci-rouen-metropole'] !== undefined)
        .map((d) => d.period)
        .sort(),
    ).toEqual(['2024-T1', '2024-T2', '2024-T3', '2024-T4']);
  });

  it('counts one CCI’s share, locks its figures once closed until reopened for it, and keeps each closing and reopening', () => {
    const scenario = playedCampaign();
    scenario.at('2024-11-08T09:00:00Z');
    scenario.given(
      'cci-normandie',
      command('CloseCampaign', { regionId: 'normandie', period: '2024-T3', acknowledgedMissing: 70 }),
    );
    scenario.at('2024-11-20T09:00:00Z');
    scenario.given(
      'cci-normandie',
      command('ReopenCampaignForCci', {
        regionId: 'normandie',
        period: '2024-T3',
        cciId: 'cci-caen-normandie',
        reason: 'Chiffre oublié',
      }),
    );
    const reopened = project(campaignProgress, scenario.events, reference).get(
      campaignProgressId('normandie', '2024-T3'),
    )!;
    expect(campaignLockedFor(reopened, 'cci-caen-normandie')).toBe(false);
    expect(campaignLockedFor(reopened, 'cci-rouen-metropole')).toBe(true);
    scenario.at('2024-12-02T09:00:00Z');
    scenario.given(
      'cci-normandie',
      command('CloseCampaign', { regionId: 'normandie', period: '2024-T3', acknowledgedMissing: 70 }),
    );
    const doc = project(campaignProgress, scenario.events, reference).get(
      campaignProgressId('normandie', '2024-T3'),
    )!;
    expect(cciCampaignCounts(doc, 'cci-rouen-metropole', reference)).toEqual({
      deadline: '2024-10-31T23:59:59+01:00',
      expected: 14,
      declared: 1,
      awaitingValidation: 0,
      validated: 0,
      sentBack: 1,
      notDeclared: 13,
      declaredLate: 0,
    });
    expect(campaignLockedFor(doc, 'cci-caen-normandie')).toBe(true);
    // The regional CCI declares nothing of its own here: its cell reads à déclarer.
    expect(
      campaignDeclaration(doc, 'cci-normandie', { id: 'premier-niveau-information', unitId: 'entreprises' }),
    ).toMatchObject({ state: 'a-declarer', value: null, unitId: 'entreprises' });
    expect(doc.history.map((entry) => [entry.kind, entry.at, entry.cciId, entry.missing])).toEqual([
      ['closed', '2024-11-08T09:00:00.000Z', null, 70],
      ['reopened', '2024-11-20T09:00:00.000Z', 'cci-caen-normandie', null],
      ['closed', '2024-12-02T09:00:00.000Z', null, 70],
    ]);
    expect(campaignClosureAsOf(doc, Date.parse('2024-11-01T00:00:00Z'))).toBeNull();
    // Between the two closings, closed, and open again for Caen alone.
    const between = campaignClosureAsOf(doc, Date.parse('2024-11-25T00:00:00Z'));
    expect(between).toEqual({
      version: 2,
      closedAt: '2024-11-08T09:00:00.000Z',
      missing: 70,
      reopenedFor: ['cci-caen-normandie'],
    });
    expect(campaignClosureAsOf(doc, Date.parse('2024-12-31T00:00:00Z'))?.reopenedFor).toEqual([]);
  });

  it('lists the ended campaigns newest first, and one under way only once something is declared in it', () => {
    const scenario = playedCampaign();
    const docs = [...project(campaignProgress, scenario.events, reference).values()];
    const listed = (from: typeof docs, day: string) =>
      listedCampaigns(from, 'normandie', reference, day).map((d) => d.period);
    expect(listed([], '2023-07-01')).toEqual(['2023-T2', '2023-T1']);
    expect(listed([], '2024-08-15')).toEqual([
      '2024-T2',
      '2024-T1',
      '2023-T4',
      '2023-T3',
      '2023-T2',
      '2023-T1',
    ]);
    // On 15 August 2024 the third quarter is under way: listed once Rouen has declared in it.
    expect(listed(docs, '2024-08-15').slice(0, 2)).toEqual(['2024-T3', '2024-T2']);
    const empty = listedCampaigns([], 'normandie', reference, '2024-08-15')[0]!;
    expect(empty).toMatchObject({ period: '2024-T2', counts: { expected: 70, notDeclared: 70 } });
    expect(listedCampaigns(docs, 'pays-de-la-loire', reference, '2024-12-01')).toEqual([]);
  });

  it('is not open before its period ends, and counts as late what is still missing after the deadline', () => {
    const doc = campaignProgress.summarize(
      campaignProgress.initial(campaignProgressId('normandie', '2024-T3'), reference),
      reference,
    );
    expect(campaignStatusAt(doc, Date.parse('2024-09-30T12:00:00Z'))).toEqual({ status: 'a-venir', late: 0 });
    expect(campaignStatusAt(doc, Date.parse('2024-10-01T00:00:00Z'))).toEqual({ status: 'ouverte', late: 0 });
    expect(campaignStatusAt(doc, Date.parse('2024-11-01T00:00:00Z'))).toEqual({
      status: 'ouverte',
      late: 70,
    });
  });
});

describe('the campaigns in the national consolidation', () => {
  it('keep each region’s closing and counts, summed for France, with what is late at a given instant', () => {
    const scenario = playedCampaign();
    scenario.at('2024-11-08T09:00:00Z');
    scenario.given(
      'cci-normandie',
      command('CloseCampaign', { regionId: 'normandie', period: '2024-T3', acknowledgedMissing: 70 }),
    );
    scenario.given(
      'cci-normandie',
      command('ReopenCampaignForCci', {
        regionId: 'normandie',
        period: '2024-T3',
        cciId: 'cci-caen-normandie',
        reason: 'Chiffre oublié',
      }),
    );
    const summary = project(nationalRegionSummary, scenario.events, reference).get(
      nationalRegionId('normandie'),
    )!;
    expect(summary.closures['2024-T3']).toEqual({
      version: 2,
      closedAt: '2024-11-08T09:00:00.000Z',
      missing: 70,
      reopenedFor: ['cci-caen-normandie'],
    });
    const france = consolidateDeclarationFigures([summary], reference);
    expect(france.campaigns['2024-T3']).toEqual({
      expected: 70,
      declared: 2,
      awaitingValidation: 1,
      validated: 0,
      sentBack: 1,
      notDeclared: 68,
      declaredLate: 1,
      regionIds: ['normandie'],
    });
    // Caen's T3 (90) and Rouen's T2 (300) await validation; Rouen's T3 was sent back.
    expect(france.pending['premier-niveau-information']).toEqual({
      '2024': { declarations: 2, actual: 390 },
    });
    const t3 = summary.campaigns['2024-T3']!;
    expect(lateDeclarations(t3, Date.parse('2024-10-31T12:00:00Z'))).toBe(0);
    expect(lateDeclarations(t3, Date.parse('2024-11-01T00:00:00Z'))).toBe(68);
    // A closing of that period confirms every expected declaration but the validated ones.
    expect(missingDeclarations(t3)).toBe(70);
  });
});

describe('the campaigns the national view lists', () => {
  it('give each region’s status, late declarations and closing, and France’s sums per period', () => {
    const scenario = playedCampaign();
    scenario.at('2024-11-08T09:00:00Z');
    scenario.given(
      'cci-normandie',
      command('CloseCampaign', { regionId: 'normandie', period: '2024-T3', acknowledgedMissing: 70 }),
    );
    const summary = project(nationalRegionSummary, scenario.events, reference).get(
      nationalRegionId('normandie'),
    )!;
    const at = { nowMs: Date.parse('2024-11-09T10:00:00Z'), day: '2024-11-09' };
    const rows = regionCampaignRows(summary.campaigns, summary.closures, at);
    expect(rows.map((r) => [r.period, r.status])).toEqual([
      ['2024-T3', 'cloturee'],
      ['2024-T2', 'ouverte'],
      ['2024-T1', 'ouverte'],
      ['2023-T4', 'ouverte'],
      ['2023-T3', 'ouverte'],
      ['2023-T2', 'ouverte'],
      ['2023-T1', 'ouverte'],
    ]);
    expect(rows[0]).toMatchObject({
      expected: 70,
      declared: 2,
      notDeclared: 68,
      late: 68,
      closedAt: '2024-11-08T09:00:00.000Z',
      missingAtClosing: 70,
      reopenedFor: [],
    });
    // Rouen's T2 is declared, so T2 misses 69 of 70; none of 2023 is declared.
    expect(rows[1]).toMatchObject({ declared: 1, late: 69, closedAt: null });
    const france = nationalCampaignRows([{ regionId: 'normandie', campaigns: rows }]);
    expect(france[0]).toEqual({
      period: '2024-T3',
      expected: 70,
      declared: 2,
      awaitingValidation: 1,
      validated: 0,
      sentBack: 1,
      notDeclared: 68,
      declaredLate: 1,
      late: 68,
      regionIds: ['normandie'],
      closedRegionIds: ['normandie'],
    });
    expect(france.map((r) => r.period)).toEqual(rows.map((r) => r.period));
  });
});

describe('a CCI’s entry sheet', () => {
  it('keeps its draft and the version to name next, until a declaration consumes the draft', () => {
    const scenario = new Scenario(new Date('2024-10-08T09:00:00Z'));
    scenario.given(
      'cci-rouen-metropole',
      command('DraftIndicatorValue', {
        ...of('cci-rouen-metropole'),
        value: 380,
        unitId: 'entreprises',
        comment: 'Provisoire',
      }),
    );
    const id = declarationDraftsId('cci-rouen-metropole', '2024-T3');
    expect(declarationDraftsOwner(id)).toBe('cci-rouen-metropole');
    expect(declarationDraftsOwner('campaign-progress:normandie:2024-T3')).toBeNull();
    expect(project(declarationDrafts, scenario.events, reference).get(id)?.indicators).toEqual({
      'premier-niveau-information': {
        version: 1,
        draft: {
          value: 380,
          unitId: 'entreprises',
          comment: 'Provisoire',
          draftedAt: '2024-10-08T09:00:00.000Z',
          person: 'Claire Martin',
        },
      },
    });
    scenario.given(
      'cci-rouen-metropole',
      command('DeclareIndicatorDraft', { ...of('cci-rouen-metropole'), expectedVersion: 1 }),
    );
    expect(project(declarationDrafts, scenario.events, reference).get(id)?.indicators).toEqual({
      'premier-niveau-information': { version: 2, draft: null },
    });
  });
});

describe('a region’s annual report', () => {
  it('reopens each edition exactly as presented, whatever is presented after', () => {
    const scenario = new Scenario(new Date('2025-03-20T09:00:00Z'));
    const snapshot = {
      asOf: '2025-03-15',
      srom: [],
      actions: [],
      indicators: [
        {
          indicatorId: 'premier-niveau-information',
          cciId: null,
          year: 2024,
          unitId: 'entreprises',
          actual: 4200,
          target: 6000,
        },
      ],
    };
    const present = {
      regionId: 'normandie',
      year: 2024,
      edition: 1,
      presentedOn: '2025-03-18',
      deliberation: 'Prend acte.',
      snapshot,
    };
    scenario.given('cci-normandie', command('PresentAnnualReport', present));
    scenario.given(
      'cci-normandie',
      command('PresentAnnualReport', {
        ...present,
        edition: 2,
        presentedOn: '2025-03-20',
        deliberation: 'Prend acte du rapport amendé.',
        snapshot: {
          ...snapshot,
          asOf: '2025-03-20',
          indicators: [{ ...snapshot.indicators[0], actual: 4300 }],
        },
      }),
    );
    const doc = project(annualReport, scenario.events, reference).get(annualReportId('normandie', 2024))!;
    expect(doc.editions['1']).toMatchObject({
      presentedOn: '2025-03-18',
      deliberation: 'Prend acte.',
      snapshot,
    });
    expect(doc.editions['2']?.snapshot.indicators[0]?.actual).toBe(4300);
  });
});
