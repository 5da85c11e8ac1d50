import { inflateRawSync } from 'node:zlib';

import { describe, expect, it } from '@jest/globals';

import { decodeBody, encodeBody } from './read-model-body.js';

const storedText = (doc: unknown) => inflateRawSync(encodeBody(doc)).toString('utf8');

describe('a read-model body as stored', () => {
  it('is the JSON text JSON.stringify gives, whatever the values', () => {
    const doc = {
      text: 'guillemets « » et "quotes", \\ \n \u2028 émoji 🏛️',
      numbers: [0, -0, 1.5e-7, -12, NaN, Infinity, Number.MAX_SAFE_INTEGER],
      missing: undefined,
      nothing: null,
      flags: [true, false],
      empty: { object: {}, array: [] },
      rows: {
        'cci-caen': { '2025-T1': { value: 12, comment: null, gone: undefined }, list: [undefined, () => 1] },
        'clé "échappée"': [{ a: 1 }, [2, [3]], 'x'],
        when: new Date('2026-12-04T10:00:00Z'),
        skipped: () => 'never stored',
      },
      at: new Date('2026-01-01T00:00:00Z'),
      nested: { deeper: { still: { deepest: [1, { two: 2 }] } } },
    };
    expect(storedText(doc)).toBe(JSON.stringify(doc));
    expect(storedText([{ a: { b: 1 } }, 2])).toBe(JSON.stringify([{ a: { b: 1 } }, 2]));
    expect(storedText('a string')).toBe('"a string"');
  });

  it('stays right when a new document shares the parts of one stored before', () => {
    const first = {
      regionId: 'normandie',
      reports: { 'cci-caen': { '2025-T1': { value: 1 } }, 'cci-rouen': { '2025-T1': { value: 2 } } },
    };
    expect(decodeBody(encodeBody(first))).toEqual(first);
    const second = {
      ...first,
      reports: { ...first.reports, 'cci-rouen': { '2025-T1': { value: 3 }, '2025-T2': { value: 4 } } },
      lastRecordedAt: '2026-12-04',
    };
    expect(storedText(second)).toBe(JSON.stringify(second));
    expect(storedText(first)).toBe(JSON.stringify(first));
  });
});
