import { randomUUID } from 'node:crypto';

import type { Admin, IHeaders, Kafka, KafkaMessage } from 'kafkajs';

import { isUnavailability } from './event-log-unavailable.js';

/** A message as read from the log; `value` holds the bytes as written. */
export type LogMessage = {
  offset: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
};

/** Consecutive messages of one partition, in offset order. */
export type LogBatch = { partition: number; messages: LogMessage[] };

/** Restarts of a read whose broker could not serve it for the moment, before the read fails. */
const MAX_RESTARTS = 5;

export type EventLogReadResult = {
  messages: number;
  /** Each partition's high watermark when the read started: the read stopped there. */
  partitions: { partition: number; endOffset: number }[];
};

export type ReadEventLogOptions = {
  topic: string;
  /**
   * Called once at a time, in offset order within each partition. The consumer heartbeats only between
   * batches: a call longer than the session timeout (30 s) gets the reader evicted from its group, which
   * costs a rejoin but no message twice.
   */
  onBatch: (batch: LogBatch) => Promise<void>;
};

/**
 * Reads a topic from its beginning up to the end offsets it had when the read started, then stops:
 * how the write side rebuilds its state at start-up and how a fresh replay begins. kafkajs cannot read
 * partitions outside a consumer group, so the read joins a group of its own, commits nothing, and
 * deletes the group when done.
 */
export async function readEventLog(
  kafka: Kafka,
  { topic, onBatch }: ReadEventLogOptions,
): Promise<EventLogReadResult> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    const partitions = offsets
      .map(({ partition, high }) => ({ partition, endOffset: Number(high) }))
      .sort((a, b) => a.partition - b.partition);
    // Partitions with nothing to read are done before the read starts: an empty log costs no group join.
    const unfinished = new Map(
      offsets
        .filter(({ low, high }) => Number(high) > Number(low))
        .map(({ partition, low, high }) => [partition, { next: Number(low), end: Number(high) }]),
    );
    const messages = unfinished.size === 0 ? 0 : await readUpTo(kafka, admin, topic, unfinished, onBatch);
    return { messages, partitions };
  } finally {
    await admin.disconnect();
  }
}

async function readUpTo(
  kafka: Kafka,
  admin: Admin,
  topic: string,
  unfinished: Map<number, { next: number; end: number }>,
  onBatch: ReadEventLogOptions['onBatch'],
): Promise<number> {
  const groupId = `cci-event-log-read-${randomUUID()}`;
  let restarts = 0;
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    // A fetch that waits for data nobody will write delays the stop by as much.
    maxWaitTimeInMs: 200,
    // A read that fails for good is reported to the caller, who decides whether to start again from the
    // beginning. A broker that cannot serve now (a fresh one still loading its group coordinator on the
    // first join) gets a few restarts, which deliver nothing twice: batches are filtered from `next` on.
    retry: {
      restartOnFailure: (error) => Promise.resolve(isUnavailability(error) && ++restarts <= MAX_RESTARTS),
    },
  });
  let read = 0;
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (payload.restart) return;
        failed = true;
        reject(payload.error);
      });
      consumer
        .run({
          autoCommit: false,
          eachBatch: async ({ batch, ...payload }) => {
            const range = unfinished.get(batch.partition);
            if (failed || range === undefined) return;
            // After a rebalance (an onBatch call longer than the session timeout), kafkajs starts the
            // partition again from its beginning, there being no committed offset: what was given is skipped.
            const messages = batch.messages
              .map(toLogMessage)
              .filter(({ offset }) => offset >= range.next && offset < range.end);
            const last = messages.at(-1);
            if (last !== undefined) {
              try {
                await onBatch({ partition: batch.partition, messages });
              } catch (error) {
                // Thrown back into kafkajs, the error would make it fetch and deliver the same batch again.
                failed = true;
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
              }
              read += messages.length;
              range.next = last.offset + 1;
            }
            if (Number(batch.lastOffset()) + 1 >= range.end) {
              unfinished.delete(batch.partition);
              if (unfinished.size === 0) resolve();
            }
            await payload.heartbeat();
          },
        })
        .catch(reject);
    });
    return read;
  } finally {
    await consumer.disconnect();
    // The group holds no offsets and the broker would drop it on its own; deleting it keeps group
    // listings readable. Failing to delete it does not make the read wrong.
    await admin.deleteGroups([groupId]).catch(() => undefined);
  }
}

function toLogMessage(message: KafkaMessage): LogMessage {
  return {
    offset: Number(message.offset),
    key: message.key ?? null,
    value: message.value,
    headers: textHeaders(message.headers ?? {}),
  };
}

/** Header values as text; a header repeated under one name keeps its last value. */
function textHeaders(headers: IHeaders): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined) text[name] = last.toString();
  }
  return text;
}
