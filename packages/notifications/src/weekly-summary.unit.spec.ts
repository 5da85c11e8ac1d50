import { describe, expect, it } from '@jest/globals';
import type { CampaignProgress } from '@cci/domain';

import { DEFAULT_QUIET_HOURS } from './delivery-window.js';
import type { Notice } from './notice.js';
import { isoWeek } from './paris-time.js';
import { allOf, campaignWith, directories, indicatorsOf, paris, reference } from './test/fixtures.js';
import { weeklySummaryNotices } from './weekly-summary.js';

const people = directories({
  'cci-normandie': [
    { id: 'region-validation', roles: ['validation'] },
    { id: 'region-sans-synthese', roles: ['validation'], notices: { 'synthese-hebdomadaire': 'aucun' } },
    { id: 'region-dsi', roles: ['supervision'] },
  ],
  'cci-caen-normandie': [{ id: 'caen-saisie', roles: ['saisie'] }],
});
const recorded = { lastRecordedAt: '2026-10-02T09:00:00.000Z' };
const closing = {
  closedAt: '2026-11-10T10:00:00.000Z',
  closedBy: { cciId: 'cci-normandie', person: null },
  expected: 0,
  validated: 0,
  missing: 0,
  notDeclared: 0,
  awaitingValidation: 0,
  sentBack: 0,
};

function sent(notices: Notice[]) {
  return notices.map((n) => `${n.reasonKey} → ${n.recipient.personId}`);
}

function at(campaigns: CampaignProgress[], nowMs: number) {
  return campaigns.flatMap((c) => weeklySummaryNotices(c, people, reference, nowMs, DEFAULT_QUIET_HOURS));
}

describe('the region’s weekly summary of an open campaign', () => {
  const t3 = campaignWith('2026-T3', {}, recorded);

  it('goes on Monday from 08:00 Paris to the region’s validation persons who did not turn it off', () => {
    expect(at([t3], paris('2026-10-05T07:59', 2))).toEqual([]);
    expect(sent(at([t3], paris('2026-10-05T08:00', 2)))).toEqual([
      'synthese-hebdomadaire:normandie:2026-T3:2026-W41 → region-validation',
    ]);
  });

  it('keeps the same reason all week, so that a service down on Monday still sends it once that week', () => {
    expect(sent(at([t3], paris('2026-10-11T19:00', 2)))).toEqual([
      'synthese-hebdomadaire:normandie:2026-T3:2026-W41 → region-validation',
    ]);
    expect(sent(at([t3], paris('2026-10-12T08:00', 2)))).toEqual([
      'synthese-hebdomadaire:normandie:2026-T3:2026-W42 → region-validation',
    ]);
    expect(at([t3], paris('2026-10-11T20:00', 2))).toEqual([]);
  });

  it('waits for Tuesday when Monday is a public holiday (Easter Monday 2026)', () => {
    const t1 = campaignWith('2026-T1', {}, recorded);
    expect(at([t1], paris('2026-04-06T10:00', 2))).toEqual([]);
    expect(at([t1], paris('2026-04-07T07:59', 2))).toEqual([]);
    expect(sent(at([t1], paris('2026-04-07T08:00', 2)))).toEqual([
      'synthese-hebdomadaire:normandie:2026-T1:2026-W15 → region-validation',
    ]);
  });

  it('starts with the first week the campaign is open on its morning: one opening on a Thursday waits for Monday', () => {
    expect(at([t3], paris('2026-10-01T10:00', 2))).toEqual([]);
  });

  it('stops once the region closes the campaign, and says nothing of a campaign never recorded', () => {
    expect(at([campaignWith('2026-T3', {}, { ...recorded, closing })], paris('2026-11-16T09:00', 1))).toEqual(
      [],
    );
    expect(at([campaignWith('2026-T3', {})], paris('2026-10-05T09:00', 2))).toEqual([]);
  });

  it('summarises each open campaign apart: two periods open, two summaries', () => {
    const t2 = campaignWith('2026-T2', {}, recorded);
    expect(sent(at([t2, t3], paris('2026-10-05T09:00', 2)))).toEqual([
      'synthese-hebdomadaire:normandie:2026-T2:2026-W41 → region-validation',
      'synthese-hebdomadaire:normandie:2026-T3:2026-W41 → region-validation',
    ]);
  });

  it('counts, for each CCI, the declarations declared, validated, sent back and still missing after the deadline', () => {
    const [first = '', second = '', third = ''] = indicatorsOf('2026-T3');
    const campaign = campaignWith(
      '2026-T3',
      {
        ...allOf('2026-T3', 'cci-caen-normandie', 'declaree'),
        [`cci-caen-normandie/${first}`]: 'validee',
        [`cci-caen-normandie/${second}`]: 'renvoyee',
        [`cci-rouen-metropole/${third}`]: 'declaree',
      },
      recorded,
    );
    const [notice] = at([campaign], paris('2026-11-02T09:00', 1));
    const expected = (cciId: string) => Object.keys(allOf('2026-T3', cciId, 'declaree')).length;
    const caen = expected('cci-caen-normandie');
    const rouen = expected('cci-rouen-metropole');
    expect(notice?.facts).toEqual({
      kind: 'synthese-hebdomadaire',
      regionId: 'normandie',
      period: '2026-T3',
      week: '2026-W45',
      day: '2026-11-02',
      deadline: '2026-10-31T23:59:59+01:00',
      ccis: expect.arrayContaining([
        { cciId: 'cci-caen-normandie', expected: caen, declared: caen, validated: 1, sentBack: 1, late: 0 },
        {
          cciId: 'cci-rouen-metropole',
          expected: rouen,
          declared: 1,
          validated: 0,
          sentBack: 0,
          late: rouen - 1,
        },
      ]),
    });
  });

  it('names the ISO week, whose first days may belong to the previous year', () => {
    expect([
      isoWeek('2026-10-05'),
      isoWeek('2026-10-11'),
      isoWeek('2027-01-01'),
      isoWeek('2026-12-28'),
    ]).toEqual(['2026-W41', '2026-W41', '2026-W53', '2026-W53']);
  });
});
