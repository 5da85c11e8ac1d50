import { describe, expect, it } from '@jest/globals';

import { campaignNotices, reminderSteps } from './campaign-notices.js';
import { DEFAULT_QUIET_HOURS } from './delivery-window.js';
import type { Notice } from './notice.js';
import {
  allOf,
  campaignWith,
  directories,
  emptyCampaign,
  indicatorsOf,
  paris,
  reference,
} from './test/fixtures.js';

// Normandie's 2026-T3 campaign: the quarter ends on 30 September, the deadline is 31 October 2026 at
// 23:59:59 (Paris). J-7 is Saturday 24 October, J-1 Friday 30 October, and the day after is Toussaint.
const PERIOD = '2026-T3';
const people = directories({
  'cci-caen-normandie': [
    { id: 'caen-saisie', roles: ['saisie'] },
    { id: 'caen-lecture', roles: ['lecture'] },
    { id: 'caen-partie', roles: ['saisie'], removed: true },
  ],
  'cci-rouen-metropole': [{ id: 'rouen-saisie', roles: ['saisie', 'administration'] }],
  'cci-normandie': [
    { id: 'region-validation', roles: ['validation'] },
    { id: 'region-dsi', roles: ['supervision'] },
  ],
});

function sent(notices: Notice[]) {
  return notices.map((n) => `${n.reasonKey} → ${n.recipient.personId}`);
}

function at(campaign = emptyCampaign(PERIOD), nowMs: number) {
  return campaignNotices(campaign, people, reference, nowMs, DEFAULT_QUIET_HOURS);
}

describe('the campaign reminders to the CCIs’ saisie persons', () => {
  it('announce the opening the morning after the quarter ends, listing every indicator to declare', () => {
    expect(at(undefined, paris('2026-10-01T07:59', 2))).toEqual([]);
    const notices = at(undefined, paris('2026-10-01T08:00', 2));
    expect(sent(notices)).toEqual([
      'campagne-ouverte:cci-caen-normandie:2026-T3 → caen-saisie',
      'campagne-ouverte:cci-rouen-metropole:2026-T3 → rouen-saisie',
    ]);
    expect(notices[0]?.facts).toEqual({
      kind: 'campagne-ouverte',
      regionId: 'normandie',
      period: PERIOD,
      cciId: 'cci-caen-normandie',
      deadline: '2026-10-31T23:59:59+01:00',
      toDeclare: indicatorsOf(PERIOD).map((indicatorId) => ({ indicatorId, sentBack: false })),
    });
  });

  it('switch from the opening to J-7 at midnight of the seventh day before the deadline, sent at 08:00', () => {
    expect(sent(at(undefined, paris('2026-10-23T19:59', 2)))).toContain(
      'campagne-ouverte:cci-caen-normandie:2026-T3 → caen-saisie',
    );
    expect(at(undefined, paris('2026-10-24T07:59', 2))).toEqual([]);
    expect(sent(at(undefined, paris('2026-10-24T08:00', 2)))).toEqual([
      'rappel-j7:cci-caen-normandie:2026-T3 → caen-saisie',
      'rappel-j7:cci-rouen-metropole:2026-T3 → rouen-saisie',
    ]);
  });

  it('switch from J-7 to J-1 on the day before the deadline, and stop at the deadline', () => {
    expect(sent(at(undefined, paris('2026-10-29T19:59', 1)))[0]).toBe(
      'rappel-j7:cci-caen-normandie:2026-T3 → caen-saisie',
    );
    expect(sent(at(undefined, paris('2026-10-30T08:00', 1)))[0]).toBe(
      'rappel-j1:cci-caen-normandie:2026-T3 → caen-saisie',
    );
    expect(sent(at(undefined, paris('2026-10-31T19:59', 1)))[0]).toBe(
      'rappel-j1:cci-caen-normandie:2026-T3 → caen-saisie',
    );
  });

  it('say what is late the day after the deadline, waiting for the first working morning (Toussaint)', () => {
    expect(at(undefined, paris('2026-11-01T10:00', 1))).toEqual([]);
    expect(sent(at(undefined, paris('2026-11-02T08:00', 1)))).toEqual([
      'retard:cci-caen-normandie:2026-T3 → caen-saisie',
      'retard:cci-rouen-metropole:2026-T3 → rouen-saisie',
    ]);
  });

  it('stop saying what is late two weeks after the deadline: an old campaign never closed sends nothing', () => {
    expect(sent(at(undefined, paris('2026-11-14T19:59', 1)))[0]).toBe(
      'retard:cci-caen-normandie:2026-T3 → caen-saisie',
    );
    expect(at(undefined, paris('2026-11-15T10:00', 1))).toEqual([]);
  });

  it('list only what is still to declare, a sent-back figure marked, and spare a CCI that declared everything', () => {
    const [first, second] = indicatorsOf(PERIOD);
    const campaign = campaignWith(PERIOD, {
      ...allOf(PERIOD, 'cci-caen-normandie', 'declaree'),
      [`cci-caen-normandie/${first ?? ''}`]: 'renvoyee',
      ...allOf(PERIOD, 'cci-rouen-metropole', 'validee'),
    });
    const notices = at(campaign, paris('2026-10-30T10:00', 1));
    expect(sent(notices.filter((n) => n.facts.kind !== 'a-valider'))).toEqual([
      'rappel-j1:cci-caen-normandie:2026-T3 → caen-saisie',
    ]);
    expect(notices[0]?.facts).toMatchObject({ toDeclare: [{ indicatorId: first, sentBack: true }] });
    expect(second).toBeDefined();
  });

  it('stop once the region closed the campaign, except for a CCI it reopened it for', () => {
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
    const reopened = { reason: 'Erreur de saisie', at: '2026-11-11T10:00:00.000Z', by: closing.closedBy };
    expect(at(campaignWith(PERIOD, {}, { closing }), paris('2026-11-12T10:00', 1))).toEqual([]);
    expect(
      sent(
        at(
          campaignWith(PERIOD, {}, { closing, reopenedFor: { 'cci-rouen-metropole': reopened } }),
          paris('2026-11-12T10:00', 1),
        ),
      ),
    ).toEqual(['retard:cci-rouen-metropole:2026-T3 → rouen-saisie']);
  });

  it('place the steps on the Paris calendar of the deadline', () => {
    expect(reminderSteps(emptyCampaign(PERIOD)).map((s) => [s.kind, new Date(s.from).toISOString()])).toEqual(
      [
        ['campagne-ouverte', '2026-09-30T22:00:00.000Z'],
        ['rappel-j7', '2026-10-23T22:00:00.000Z'],
        ['rappel-j1', '2026-10-29T23:00:00.000Z'],
        ['retard', '2026-10-31T23:00:00.000Z'],
      ],
    );
  });
});

describe('the notices to the region’s validation persons', () => {
  it('say once a working day which CCIs have declarations awaiting review', () => {
    const [first = '', second = ''] = indicatorsOf(PERIOD);
    const campaign = campaignWith(PERIOD, {
      [`cci-caen-normandie/${first}`]: 'declaree',
      [`cci-caen-normandie/${second}`]: 'declaree',
      [`cci-rouen-metropole/${first}`]: 'declaree',
      [`cci-seine-estuaire/${first}`]: 'validee',
    });
    const notices = at(campaign, paris('2026-10-27T09:00', 1)).filter((n) => n.facts.kind === 'a-valider');
    expect(sent(notices)).toEqual(['a-valider:normandie:2026-T3:2026-10-27 → region-validation']);
    expect(notices[0]?.facts).toEqual({
      kind: 'a-valider',
      regionId: 'normandie',
      period: PERIOD,
      day: '2026-10-27',
      awaiting: [
        { cciId: 'cci-caen-normandie', count: 2 },
        { cciId: 'cci-rouen-metropole', count: 1 },
      ],
    });
    expect(sent(at(campaign, paris('2026-10-28T09:00', 1)))).toContain(
      'a-valider:normandie:2026-T3:2026-10-28 → region-validation',
    );
  });

  it('say when every expected declaration is validated: the campaign is ready to close', () => {
    const campaign = campaignWith(PERIOD, allOf(PERIOD, null, 'validee'));
    expect(sent(at(campaign, paris('2026-11-05T09:00', 1)))).toEqual([
      'prete-a-cloturer:normandie:2026-T3:v0 → region-validation',
    ]);
    expect(at(campaign, paris('2026-11-05T09:00', 1))[0]?.facts).toEqual({
      kind: 'prete-a-cloturer',
      regionId: 'normandie',
      period: PERIOD,
      expected: campaign.counts.expected,
    });
  });
});
