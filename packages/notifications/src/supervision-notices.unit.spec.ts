import { describe, expect, it } from '@jest/globals';

import {
  incidentStep,
  projectionTrouble,
  supervisionNotices,
  type Incident,
  type ProjectionHealth,
} from './supervision-notices.js';
import { directories, reference } from './test/fixtures.js';

const people = directories({
  'cci-france': [{ id: 'france-dsi', roles: ['supervision'] }],
  'cci-normandie': [
    { id: 'normandie-dsi', roles: ['supervision'] },
    { id: 'normandie-validation', roles: ['validation'] },
  ],
  'cci-pays-de-la-loire': [{ id: 'pdl-dsi', roles: ['supervision'] }],
  'cci-rouen-metropole': [{ id: 'rouen-dsi', roles: ['supervision'] }],
});
const thresholds = { lagAlertSeconds: 120 };
const settings = { recoveryNoticeMs: 3_600_000 };
const health = (state: ProjectionHealth['state'], lagSeconds = 0): ProjectionHealth => ({
  projector: 'regional',
  state,
  lagSeconds,
  lagEvents: lagSeconds * 10,
});
const incident: Incident = {
  projector: 'regional',
  openedAt: '2026-10-27T21:14:05.000Z',
  closedAt: null,
  trouble: 'bloquee',
  lagSeconds: 95,
  lagEvents: 1_204,
};

describe('a projection’s trouble', () => {
  it('is stalled, stopped, or lagging beyond the threshold (unless paused for a rebuild)', () => {
    expect(projectionTrouble(health('stalled'), thresholds)).toBe('bloquee');
    expect(projectionTrouble(health('stopped'), thresholds)).toBe('arretee');
    expect(projectionTrouble(health('catching-up', 121), thresholds)).toBe('en-retard');
    expect(projectionTrouble(health('catching-up', 120), thresholds)).toBeNull();
    expect(projectionTrouble(health('paused', 900), thresholds)).toBeNull();
    expect(projectionTrouble(health('caught-up'), thresholds)).toBeNull();
  });

  it('opens an incident once, and closes it once the trouble is gone', () => {
    expect(incidentStep('bloquee', null)).toBe('open');
    expect(incidentStep('bloquee', { closedAt: '2026-10-01T00:00:00.000Z' })).toBe('open');
    expect(incidentStep('bloquee', { closedAt: null })).toBeNull();
    expect(incidentStep(null, { closedAt: null })).toBe('close');
    expect(incidentStep(null, null)).toBeNull();
  });
});

describe('the DSI’s alerts', () => {
  const now = Date.parse('2026-10-27T21:20:00.000Z');

  it('go to the supervision persons of CCI France and every regional CCI, at night too', () => {
    const notices = supervisionNotices([incident], null, people, reference, now, settings);
    expect(notices.map((n) => `${n.reasonKey} → ${n.recipient.personId}`)).toEqual([
      'alerte-projection:regional:2026-10-27T21:14:05.000Z → france-dsi',
      'alerte-projection:regional:2026-10-27T21:14:05.000Z → pdl-dsi',
      'alerte-projection:regional:2026-10-27T21:14:05.000Z → normandie-dsi',
    ]);
    expect(notices.every((n) => n.deliverAt === now)).toBe(true);
  });

  it('say "back to normal" for an incident closed recently, and no longer an hour later', () => {
    const closed = { ...incident, closedAt: '2026-10-27T21:19:00.000Z' };
    const notices = supervisionNotices([closed], null, people, reference, now, settings);
    expect(notices.map((n) => n.reasonKey)).toEqual(
      Array(3).fill('retablie-projection:regional:2026-10-27T21:14:05.000Z'),
    );
    expect(notices[0]?.facts).toEqual({
      kind: 'projection-retablie',
      projector: 'regional',
      since: incident.openedAt,
      recoveredAt: closed.closedAt,
    });
    expect(supervisionNotices([closed], null, people, reference, now + 3_600_000, settings)).toEqual([]);
  });

  it('name the newest dead letter not replayed, to CCI France and the regions it concerns', () => {
    const letters = {
      unresolved: 2,
      newest: {
        id: 'regional:cci.events.v1:3:1042',
        projector: 'regional',
        reason: 'projection-failed',
        eventType: 'IndicatorReported',
        failedAt: '2026-10-27T21:00:00.000Z',
      },
      regionIds: ['normandie'],
    };
    const notices = supervisionNotices([], letters, people, reference, now, settings);
    expect(notices.map((n) => `${n.reasonKey} → ${n.recipient.personId}`)).toEqual([
      'lettres-mortes:regional:cci.events.v1:3:1042 → france-dsi',
      'lettres-mortes:regional:cci.events.v1:3:1042 → normandie-dsi',
    ]);
    expect(supervisionNotices([], { ...letters, unresolved: 0 }, people, reference, now, settings)).toEqual(
      [],
    );
  });
});
