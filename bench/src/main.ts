import { mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';

import { measureRawKafka } from './raw-kafka.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: 'results' },
  },
});

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const scale = values.quick ? 0.1 : 1;

const raw = await measureRawKafka({
  brokers,
  messages: Math.round(100_000 * scale),
  messageBytes: 1024,
  partitions: 6,
});

const rows: [string, string][] = [
  [
    'kafkajs produce (idempotent, acks -1, 1 KiB)',
    `${raw.produceMessagesPerSecond.toLocaleString('en')} msg/s (${raw.megabytesPerSecondProduced} MB/s)`,
  ],
  [
    'kafkajs consume (consumer group, eachBatch)',
    `${raw.consumeMessagesPerSecond.toLocaleString('en')} msg/s`,
  ],
];
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, figure] of rows) console.log(`${name.padEnd(width)}  ${figure}`);

mkdirSync(values.out, { recursive: true });
const file = `${values.out}/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ machine: hostname(), scale, rawKafka: raw }, null, 2));
console.log(`figures written to ${file}`);
