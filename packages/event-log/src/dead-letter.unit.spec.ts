import { describe, expect, it } from '@jest/globals';

import { parseDeadLetter } from './dead-letter.js';

describe('reading a dead letter', () => {
  it('says in French that a value which is not JSON is unreadable', () => {
    expect(parseDeadLetter({ key: null, value: Buffer.from('pas du JSON') })).toEqual({
      unreadable: expect.stringMatching(/^Lettre morte illisible : JSON invalide \(.+\)\.$/),
    });
  });

  it('says in French that a record without its fields is unreadable', () => {
    expect(parseDeadLetter({ key: null, value: Buffer.from('{"reason":"invalid-payload"}') })).toEqual({
      unreadable: 'Lettre morte illisible : champs manquants ou invalides.',
    });
  });

  it('refuses a reason that is not one of the stable codes', () => {
    const record = {
      originalTopic: 'cci.events.v1',
      originalPartition: 0,
      originalOffset: 3,
      originalValue: '{}',
      originalValueEncoding: 'utf8',
      reason: 'something-else',
      message: 'Autre chose.',
      projection: 'com-progress',
      failedAt: '2026-11-23T10:15:00.000Z',
    };
    expect(parseDeadLetter({ key: null, value: Buffer.from(JSON.stringify(record)) })).toEqual({
      unreadable: 'Lettre morte illisible : champs manquants ou invalides.',
    });
    expect(
      parseDeadLetter({
        key: null,
        value: Buffer.from(JSON.stringify({ ...record, reason: 'unknown-type' })),
      }),
    ).toMatchObject({ deadLetter: { reason: 'unknown-type', original: { value: Buffer.from('{}') } } });
  });
});
