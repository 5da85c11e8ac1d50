import { gzipSync } from 'node:zlib';

import { describe, expect, it } from '@jest/globals';

import type { ArchivedMessage } from './archived-message.js';
import { decodeSegment, encodeSegment, sha256 } from './segment-format.js';
import { parseSegmentFileName, segmentFileName } from './segment-name.js';

const messages: ArchivedMessage[] = [
  {
    offset: 41,
    timestamp: Date.UTC(2026, 11, 5, 9, 30),
    key: Buffer.from('cci-rouen-metropole/ind-3'),
    value: Buffer.from('{"type":"IndicatorReported","valeur":"1 234,5 €"}'),
    headers: [
      ['event-id', Buffer.from('3f0c1a9e-0000-4000-8000-000000000001')],
      ['event-type', Buffer.from('IndicatorReported')],
    ],
  },
  // What a poison message may hold: no key, bytes that are not UTF-8, a header twice, a null header.
  {
    offset: 42,
    timestamp: Date.UTC(2026, 11, 5, 9, 31),
    key: null,
    value: Buffer.from([0xff, 0xfe, 0x00, 0xc3]),
    headers: [
      ['trace', Buffer.from('a')],
      ['trace', Buffer.from('b')],
      ['vide', null],
    ],
  },
  { offset: 43, timestamp: 2 ** 41, key: Buffer.alloc(0), value: null, headers: [] },
];

describe('an archive segment', () => {
  it('gives back every message exactly as stored: offset, timestamp, key, value bytes and headers', async () => {
    const decoded = await decodeSegment(await encodeSegment('cci.events.v1', 4, messages));
    expect(decoded).toEqual({ topic: 'cci.events.v1', partition: 4, messages: 3, records: messages });
  });

  it('is compressed: a thousand JSON events take a fraction of their size', async () => {
    const many = Array.from({ length: 1_000 }, (_, i) => ({ ...messages[0]!, offset: i }));
    const raw = many.reduce((sum, m) => sum + (m.value?.length ?? 0) + (m.key?.length ?? 0), 0);
    expect((await encodeSegment('t', 0, many)).length).toBeLessThan(raw / 4);
  });

  it('has a checksum that changes with any byte', async () => {
    const bytes = await encodeSegment('cci.events.v1', 0, messages);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length >> 1]! ^= 0x01;
    expect(sha256(bytes)).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(flipped)).not.toBe(sha256(bytes));
  });

  it('is refused when truncated, altered, or not a segment at all', async () => {
    const bytes = await encodeSegment('cci.events.v1', 0, messages);
    await expect(decodeSegment(bytes.subarray(0, bytes.length - 9))).rejects.toThrow();
    const altered = Buffer.from(bytes);
    altered[20]! ^= 0xff;
    await expect(decodeSegment(altered)).rejects.toThrow();
    await expect(decodeSegment(gzipSync(Buffer.from('{"pas":"un segment"}')))).rejects.toThrow(
      "ce fichier n'est pas un segment d'archive",
    );
  });

  it('is named by topic, partition, first and last offset, in an order that sorts as the log', () => {
    const name = segmentFileName('cci.events.v1', 3, 1_000, 1_999);
    expect(name).toBe('cci.events.v1-3-00000000000000001000-00000000000000001999.seg.gz');
    expect(parseSegmentFileName(name)).toEqual({
      topic: 'cci.events.v1',
      partition: 3,
      firstOffset: 1_000,
      lastOffset: 1_999,
    });
    expect(segmentFileName('t', 0, 9, 9) < segmentFileName('t', 0, 10, 10)).toBe(true);
    expect(parseSegmentFileName('manifest.json')).toBeNull();
  });
});
