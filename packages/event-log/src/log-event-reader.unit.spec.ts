import { describe, expect, it } from '@jest/globals';
import { readEvent, referenceData, seedHistory, wireEvent, type DomainEvent } from '@cci/domain';
import { CAMPAIGN_RATES, simulateEvents } from '@cci/simulation';

import { parseKafkaMessage, toKafkaMessage } from './event-message.js';
import { LogEventReader } from './log-event-reader.js';
import { SchemaCheckedEvents } from './schema-checked-events.js';

const seed = seedHistory(referenceData);
/** The seed, then two years of every kind of fact: declarations, reviews, campaigns, corrections. */
const events = [
  ...seed,
  ...simulateEvents(referenceData, {
    seed: 7,
    fromYear: 2025,
    count: 5_000,
    after: seed,
    campaigns: CAMPAIGN_RATES,
  }),
];
const bytesOf = (event: unknown) => ({ value: Buffer.from(JSON.stringify(event)) });
/** An event as it comes out of the log: its JSON parsed again, a copy sharing nothing with the original. */
const fromLog = (event: DomainEvent): unknown => JSON.parse(toKafkaMessage(event).value) as unknown;

describe('reading the events of the log', () => {
  it('accepts every event the product writes by its compiled schema, and reads it as readEvent does', () => {
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThanOrEqual(13);
    const checked = new SchemaCheckedEvents();
    const reader = new LogEventReader(referenceData);
    for (const event of events) {
      expect({ type: event.type, checked: checked.current(fromLog(event)) }).toEqual({
        type: event.type,
        checked: event,
      });
      const parsed = parseKafkaMessage({ value: Buffer.from(toKafkaMessage(event).value) });
      if (!('raw' in parsed)) throw new Error(parsed.unreadable);
      expect(reader.read({ value: Buffer.from(toKafkaMessage(event).value) })).toEqual(
        readEvent(parsed.raw, referenceData),
      );
    }
  });

  it('leaves to readEvent what the compiled schema does not accept, which it explains in French', () => {
    const checked = new SchemaCheckedEvents();
    const reader = new LogEventReader(referenceData);
    const report = events.find((e) => e.type === 'IndicatorReported')!;
    expect(checked.current(fromLog(report))).toEqual(report);
    const invalid = { ...report, payload: { ...report.payload, value: '412' } };
    expect(checked.current(invalid)).toBeNull();
    expect(reader.read(bytesOf(invalid))).toEqual({
      rejection: {
        reason: 'invalid-payload',
        message: expect.stringMatching(/^Contenu invalide pour IndicatorReported/),
      },
    });
    expect(checked.current({ ...report, impersonate: 'cci-vendee' })).toBeNull();
    const elsewhere = { ...report, aggregateId: 'declaration:cci-vendee:premier-niveau-information:2025-T1' };
    expect(checked.current(elsewhere)).toBeNull();
    expect(reader.read(bytesOf(elsewhere))).toMatchObject({ rejection: { reason: 'invalid-envelope' } });
    expect(reader.read(bytesOf({ ...report, type: 'Inconnu' }))).toEqual({
      rejection: { reason: 'unknown-type', message: "Type d'événement inconnu : « Inconnu »." },
    });
    expect(reader.read({ value: Buffer.from('pas du JSON') })).toMatchObject({
      rejection: { reason: 'unreadable' },
    });
  });

  it('reads an event of the first envelope, which its schema does not describe, through readEvent', () => {
    const checked = new SchemaCheckedEvents();
    const reader = new LogEventReader(referenceData);
    const [first] = events;
    const v1 = wireEvent(first!, 1);
    expect(checked.current(v1)).toBeNull();
    expect(reader.read(bytesOf(v1))).toEqual(readEvent(v1, referenceData));
    expect(reader.read(bytesOf(v1))).toHaveProperty('event');
  });
});
