import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DomainEvent, ReferenceFiles } from '@cci/domain';
import { EventAppender, readModelChangesTopic, ensureTopics } from '@cci/event-log';
import { consumerGroupOf } from '@cci/projector';
import { freePort, startService } from '@cci/test-support';
import type { Kafka } from 'kafkajs';

import { appScript, projectorEnv, serviceEnv } from './apps.js';
import { take } from './history.js';
import type { Scratch } from './servers.js';
import { progress, quantile, round, sleep, until } from './stats.js';

export type VisibilityOptions = {
  ratePerSecond: number;
  seconds: number;
  /** Events appended and projected before the paced phase, so that it starts from existing documents. */
  warmUp: number;
};

export type VisibilityFigures = {
  ratePerSecond: number;
  seconds: number;
  events: number;
  achievedRatePerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  appendP50Ms: number;
  appendP99Ms: number;
  notices: number;
  notVisible: number;
};

type Pending = { offset: number; appendedAt: number };

/**
 * Append-to-visible delay with the regional projector service running (its built entry point, its
 * default flush settings): events are appended through the EventAppender at a steady rate; an event
 * is visible when the projector's change notice arrives for the flush that moved its partition's
 * checkpoint past it (the checkpoints are read from the database on each notice). The delay runs from
 * the append call, so it includes the append itself.
 */
export async function measureVisibility(
  scratch: Scratch,
  kafka: Kafka,
  files: ReferenceFiles,
  stream: Iterator<DomainEvent>,
  options: VisibilityOptions,
): Promise<VisibilityFigures> {
  const topics = await scratch.eventTopics();
  const changes = scratch.topic(`${topics.events.topic}-changes`);
  scratch.group(consumerGroupOf('regional', 1, topics.events.topic));
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [readModelChangesTopic(changes)]);
  await admin.disconnect();
  const database = await scratch.database();
  const folder = scratch.folder();
  const referenceFile = join(folder, 'reference.json');
  writeFileSync(referenceFile, JSON.stringify(files));

  const port = await freePort();
  const projector = await startService({
    script: appScript('regional-projector'),
    readyUrl: `http://127.0.0.1:${port}/health/ready`,
    timeoutMs: 60_000,
    env: serviceEnv({
      ...projectorEnv(database.name, topics, changes),
      REFERENCE_DATA_FILE: referenceFile,
      PORT: String(port),
    }),
  });
  scratch.onCleanup(() => projector.kill('SIGTERM'));

  const checkpointsCollection = database.connection.collection<{
    projector: string;
    topic: string;
    partition: number;
    offset: number;
  }>('projection_checkpoints');
  const checkpoints = async () =>
    new Map(
      (await checkpointsCollection.find({ projector: 'regional', topic: topics.events.topic }).toArray()).map(
        (c) => [c.partition, c.offset],
      ),
    );

  const appender = new EventAppender(kafka, { topic: topics.events.topic });
  await appender.connect();
  scratch.onCleanup(() => appender.disconnect());

  progress(`  warm-up: ${options.warmUp.toLocaleString('en')} events`);
  const end = new Map<number, number>();
  for (let chunk = take(stream, 2_000), done = 0; chunk.length > 0 && done < options.warmUp;) {
    for (const { partition, offset } of await appender.append(chunk))
      end.set(partition, Math.max(end.get(partition) ?? 0, offset + 1));
    done += chunk.length;
    if (done < options.warmUp) chunk = take(stream, Math.min(2_000, options.warmUp - done));
  }
  await until(
    'the warm-up to be projected',
    async () => {
      const reached = await checkpoints();
      return [...end].every(([partition, offset]) => (reached.get(partition) ?? 0) >= offset);
    },
    { everyMs: 200, timeoutMs: 300_000 },
  );

  const pending = new Map<number, Pending[]>();
  const delays: number[] = [];
  let notices = 0;
  const consumer = kafka.consumer({
    groupId: scratch.group(scratch.name('changes')),
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 50,
  });
  await consumer.connect();
  await consumer.subscribe({ topic: changes, fromBeginning: false });
  scratch.onCleanup(() => consumer.disconnect());
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
  });
  await consumer.run({
    eachMessage: async () => {
      const receivedAt = performance.now();
      notices += 1;
      for (const [partition, offset] of await checkpoints()) {
        const queue = pending.get(partition) ?? [];
        while (queue[0] && queue[0].offset < offset) {
          const shown = queue.shift();
          if (shown) delays.push(receivedAt - shown.appendedAt);
        }
      }
    },
  });
  await until('the change-notice consumer to join', () => joined, { timeoutMs: 30_000 });

  progress(`  ${options.ratePerSecond} events/s for ${options.seconds} s`);
  const appendLatencies: number[] = [];
  const total = Math.round(options.ratePerSecond * options.seconds);
  let appended = 0;
  const started = performance.now();
  while (appended < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * options.ratePerSecond) / 1000));
    if (due > appended) {
      const chunk = take(stream, due - appended);
      if (chunk.length === 0) break;
      const appendedAt = performance.now();
      const positions = await appender.append(chunk);
      appendLatencies.push(performance.now() - appendedAt);
      for (const { partition, offset } of positions) {
        const queue = pending.get(partition) ?? [];
        queue.push({ offset, appendedAt });
        pending.set(partition, queue);
      }
      appended += chunk.length;
    }
    await sleep(2);
  }
  const elapsed = performance.now() - started;
  await until('every paced event to be visible', () => delays.length >= appended, {
    everyMs: 100,
    timeoutMs: 60_000,
  }).catch(() => undefined);
  await consumer.disconnect();
  return {
    ratePerSecond: options.ratePerSecond,
    seconds: options.seconds,
    events: appended,
    achievedRatePerSecond: Math.round((appended * 1000) / elapsed),
    p50Ms: round(quantile(delays, 0.5)),
    p99Ms: round(quantile(delays, 0.99)),
    maxMs: round(Math.max(...delays)),
    appendP50Ms: round(quantile(appendLatencies, 0.5)),
    appendP99Ms: round(quantile(appendLatencies, 0.99)),
    notices,
    notVisible: appended - delays.length,
  };
}
