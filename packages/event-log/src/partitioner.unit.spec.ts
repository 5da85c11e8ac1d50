import { describe, expect, it } from '@jest/globals';
import { referenceData, seedHistory } from '@cci/domain';
import { Partitioners } from 'kafkajs';

import { murmur2, partitionOfKey } from './partitioner.js';

describe('the partitioner', () => {
  it("gives the hashes of the Java client's murmur2 tests", () => {
    const cases: [string, number][] = [
      ['21', -973932308],
      ['foobar', -790332482],
      ['a-little-bit-long-string', -985981536],
      ['a-little-bit-longer-string', -1486304829],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
      ['abc', 479470107],
    ];
    for (const [key, hash] of cases) expect(murmur2(Buffer.from(key))).toBe(hash);
  });

  it("puts every key on the partition kafkajs's default partitioner chose", () => {
    const kafkajs = Partitioners.DefaultPartitioner();
    const keys = [
      '',
      'é',
      'Région Île-de-France — 2024',
      ...seedHistory(referenceData).map((e) => e.aggregateId),
      ...Array.from(
        { length: 5_000 },
        (_, i) => `indicator-report:cci-${i % 97}:indicateur-${i}:20${i % 30}-T${1 + (i % 4)}`,
      ),
    ];
    for (const partitions of [1, 6, 7, 12]) {
      const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
        partitionId,
        leader: 0,
        partitionErrorCode: 0,
        replicas: [0],
        isr: [0],
      }));
      for (const key of keys) {
        for (const form of [key, Buffer.from(key)]) {
          const expected = kafkajs({
            topic: 'events',
            partitionMetadata,
            message: { key: form, value: null },
          });
          expect(partitionOfKey(form, partitions)).toBe(expected);
        }
      }
    }
  });
});
