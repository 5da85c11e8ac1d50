import { describe, expect, it } from '@jest/globals';
import { readEvent, referenceData, seedHistory } from '@cci/domain';

import { parseKafkaMessage, toKafkaMessage } from './event-message.js';

const events = seedHistory(referenceData);

describe('event messages', () => {
  it('key each event by its aggregate and name it in the headers', () => {
    for (const event of events) {
      const message = toKafkaMessage(event);
      expect(message.key).toBe(event.aggregateId);
      expect(message.headers).toEqual({
        'event-id': event.eventId,
        'event-type': event.type,
        'schema-version': String(event.schemaVersion),
        'recorded-by': event.recordedBy,
      });
    }
  });

  it('give back every seed event, as readEvent accepts it, from the bytes Kafka stores', () => {
    expect(events).toHaveLength(111);
    for (const event of events) {
      const parsed = parseKafkaMessage({ value: Buffer.from(toKafkaMessage(event).value) });
      if (!('raw' in parsed)) throw new Error(parsed.unreadable);
      expect(readEvent(parsed.raw, referenceData)).toEqual({ event });
    }
  });

  it('say in French that garbage bytes are not UTF-8', () => {
    expect(parseKafkaMessage({ value: Buffer.from([0xff, 0xfe, 0x00, 0xc3]) })).toEqual({
      unreadable: 'Message illisible : les octets ne sont pas de l’UTF-8 valide.',
    });
  });

  it('say in French that text which is not JSON is invalid JSON', () => {
    const parsed = parseKafkaMessage({ value: Buffer.from('{"eventId": "abc",') });
    expect(parsed).toEqual({
      unreadable: expect.stringMatching(/^Message illisible : JSON invalide \(.+\)\.$/),
    });
  });

  it('say in French that an empty or missing value is empty', () => {
    expect(parseKafkaMessage({ value: null })).toEqual({ unreadable: 'Message illisible : valeur vide.' });
    expect(parseKafkaMessage({ value: Buffer.alloc(0) })).toEqual({
      unreadable: 'Message illisible : valeur vide.',
    });
  });
});
