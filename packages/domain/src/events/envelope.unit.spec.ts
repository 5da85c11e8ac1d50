import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { businessTime, readEvent, type DomainEvent } from './envelope.js';
import { eventCatalog, EVENT_TYPES } from './event-catalog.js';

function reportedEvent(): DomainEvent {
  const [event] = new Scenario().given(
    'cci-rouen-metropole',
    command('ReportIndicator', {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T1',
      value: 412,
      unitId: 'entreprises',
    }),
  );
  return event!;
}

describe('reading an event from the log', () => {
  it('accepts a well-formed event at the current schema version', () => {
    const event = reportedEvent();
    expect(readEvent(JSON.parse(JSON.stringify(event)), reference)).toEqual({ event });
  });

  it('upcasts IndicatorReported v1 (structured period, no unit, no comment) to v2', () => {
    const v2 = reportedEvent();
    const v1 = {
      ...v2,
      schemaVersion: 1,
      payload: {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: { year: 2024, quarter: 1 },
        value: 412,
      },
    };
    const read = readEvent(v1, reference);
    expect(read).toEqual({
      event: {
        ...v2,
        schemaVersion: 2,
        payload: {
          cciId: 'cci-rouen-metropole',
          indicatorId: 'premier-niveau-information',
          period: '2024-T1',
          value: 412,
          unitId: 'entreprises',
          comment: null,
        },
      },
    });
  });

  it('upcasts IndicatorTargetSet v1 (no deciding body) to v2, the body unknown', () => {
    const [v2] = new Scenario().given(
      'cci-normandie',
      command('SetIndicatorTarget', {
        cciId: 'cci-seine-estuaire',
        indicatorId: 'premier-niveau-information',
        year: 2024,
        target: 1100,
        unitId: 'entreprises',
      }),
    );
    const { decidedBy, ...v1Payload } = v2!.payload as Record<string, unknown>;
    expect(decidedBy).toBeNull();
    expect(readEvent({ ...v2, schemaVersion: 1, payload: v1Payload }, reference)).toEqual({ event: v2 });
  });

  it('upcasts a yearly v1 period to "AAAA"', () => {
    const v2 = reportedEvent();
    const v1 = {
      ...v2,
      aggregateId: 'indicator-report:cci-rouen-metropole:premier-niveau-information:2024',
      schemaVersion: 1,
      payload: {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: { year: 2024, quarter: null },
        value: 1,
      },
    };
    const read = readEvent(v1, reference);
    expect('event' in read && read.event.payload).toMatchObject({ period: '2024' });
  });

  it('says why an event cannot be read, for the dead-letter topic', () => {
    const event = reportedEvent();
    const cases: [unknown, string, RegExp][] = [
      ['pas un objet', 'invalid-envelope', /^Enveloppe invalide/],
      [
        { ...event, type: 'ProcessExploded' },
        'unknown-type',
        /^Type d'événement inconnu : « ProcessExploded »\.$/,
      ],
      [
        { ...event, schemaVersion: 9 },
        'unknown-schema-version',
        /^Version de schéma inconnue pour IndicatorReported : 9 \(versions connues : 1, 2\)\.$/,
      ],
      [
        { ...event, payload: { ...event.payload, value: 'beaucoup' } },
        'invalid-payload',
        /Le champ « value » doit être un nombre\./,
      ],
      [
        { ...event, aggregateId: 'indicator-report:cci-vendee:x:2024-T1' },
        'invalid-envelope',
        /ne correspond pas au contenu/,
      ],
      [
        {
          ...event,
          schemaVersion: 1,
          payload: {
            cciId: 'cci-rouen-metropole',
            indicatorId: 'inconnu',
            period: { year: 2024, quarter: 1 },
            value: 1,
          },
        },
        'upcast-failed',
        /indicateur inconnu inconnu/,
      ],
    ];
    for (const [raw, reason, message] of cases) {
      const read = readEvent(raw, reference);
      expect('rejection' in read && read.rejection.reason).toBe(reason);
      expect('rejection' in read && read.rejection.message).toMatch(message);
    }
  });
});

describe('business time', () => {
  it('is the effective date of a mode change and the occurrence of a report', () => {
    const [changed] = new Scenario().given(
      'cci-mayenne',
      command('ChangeProcessMode', {
        cciId: 'cci-mayenne',
        macroProcessId: 'si-gouvernance',
        from: null,
        to: 'A',
        effectiveDate: '2013-01-01',
        rationale: 'Historique',
        expectedVersion: 0,
      }),
    );
    expect(new Date(businessTime(changed!)).toISOString()).toBe('2013-01-01T00:00:00.000Z');
    const reported = reportedEvent();
    expect(businessTime(reported)).toBe(Date.parse(reported.occurredAt));
  });
});

describe('the event catalog', () => {
  it("checks a payload at the current version with the current payload's schema, which readEvent checks once", () => {
    for (const type of EVENT_TYPES) {
      const entry = eventCatalog[type];
      expect([type, (entry.schemas as Record<number, unknown>)[entry.current]]).toEqual([
        type,
        entry.payload,
      ]);
    }
  });
});
