import type { EventRejection } from '@cci/domain';
import type { Kafka } from 'kafkajs';

import { decodeUtf8 } from './event-message.js';
import { LogWriter } from './log-writer.js';
import { DEAD_LETTER_TOPIC } from './topics.js';

/**
 * Why a message could not be projected: the codes `readEvent` gives (`unreadable` for bytes that are not
 * JSON), or `projection-failed` for an event that reads well but that a projection cannot apply (it
 * names a CCI or an indicator the reference data lacks).
 */
export type DeadLetterReason = EventRejection['reason'] | 'projection-failed';

const deadLetterReasons = {
  unreadable: true,
  'unknown-type': true,
  'unknown-schema-version': true,
  'invalid-envelope': true,
  'invalid-payload': true,
  'upcast-failed': true,
  'projection-failed': true,
} satisfies Record<DeadLetterReason, true>;

/** A message a projection could not use, with where it came from and why. */
export type DeadLetter = {
  original: { topic: string; partition: number; offset: number; key: Buffer | null; value: Buffer | null };
  reason: DeadLetterReason;
  /** In French, for whoever looks at the dead-letter topic. */
  message: string;
  /** The projection that gave up, e.g. "regional-srom-matrix". */
  projection: string;
  /** An ISO 8601 instant. */
  failedAt: string;
};

/**
 * The dead-letter message's value. The original value is kept as text when it is UTF-8 and in base64
 * otherwise, so that the exact bytes can be replayed once the cause is fixed.
 */
type DeadLetterRecord = {
  originalTopic: string;
  originalPartition: number;
  originalOffset: number;
  originalValue: string | null;
  originalValueEncoding: 'utf8' | 'base64';
  reason: DeadLetterReason;
  message: string;
  projection: string;
  failedAt: string;
};

/** Publishes the messages the projectors give up on to the dead-letter topic, keyed as the original. */
export class DeadLetterPublisher {
  readonly #topic: string;
  readonly #writer: LogWriter;

  constructor(kafka: Kafka, { topic = DEAD_LETTER_TOPIC }: { topic?: string } = {}) {
    this.#topic = topic;
    this.#writer = new LogWriter(kafka);
  }

  connect(): Promise<void> {
    return this.#writer.connect();
  }

  disconnect(): Promise<void> {
    return this.#writer.disconnect();
  }

  /** Throws `EventLogUnavailableError` when Kafka cannot take writes now: the projector then retries. */
  async publish(deadLetter: DeadLetter): Promise<void> {
    await this.#writer.write(this.#topic, [deadLetter], toDeadLetterMessage);
  }
}

function toDeadLetterMessage({ original, reason, message, projection, failedAt }: DeadLetter): {
  key: Buffer | null;
  value: string;
} {
  const text = original.value === null ? null : decodeUtf8(original.value);
  const record: DeadLetterRecord = {
    originalTopic: original.topic,
    originalPartition: original.partition,
    originalOffset: original.offset,
    originalValue: text ?? original.value?.toString('base64') ?? null,
    originalValueEncoding: text === null && original.value !== null ? 'base64' : 'utf8',
    reason,
    message,
    projection,
    failedAt,
  };
  return { key: original.key, value: JSON.stringify(record) };
}

/** Reads a dead letter back, the original bytes included; or says in French why it cannot. */
export function parseDeadLetter(message: {
  key: Buffer | null;
  value: Buffer | null;
}): { deadLetter: DeadLetter } | { unreadable: string } {
  let record: unknown;
  try {
    record = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (error) {
    return { unreadable: `Lettre morte illisible : JSON invalide (${(error as Error).message}).` };
  }
  if (!isDeadLetterRecord(record)) {
    return { unreadable: 'Lettre morte illisible : champs manquants ou invalides.' };
  }
  const value =
    record.originalValue === null ? null : Buffer.from(record.originalValue, record.originalValueEncoding);
  return {
    deadLetter: {
      original: {
        topic: record.originalTopic,
        partition: record.originalPartition,
        offset: record.originalOffset,
        key: message.key,
        value,
      },
      reason: record.reason,
      message: record.message,
      projection: record.projection,
      failedAt: record.failedAt,
    },
  };
}

function isDeadLetterRecord(value: unknown): value is DeadLetterRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.originalTopic === 'string' &&
    Number.isInteger(record.originalPartition) &&
    Number.isInteger(record.originalOffset) &&
    (record.originalValue === null || typeof record.originalValue === 'string') &&
    (record.originalValueEncoding === 'utf8' || record.originalValueEncoding === 'base64') &&
    typeof record.reason === 'string' &&
    Object.hasOwn(deadLetterReasons, record.reason) &&
    typeof record.message === 'string' &&
    typeof record.projection === 'string' &&
    typeof record.failedAt === 'string'
  );
}

/**
 * Puts a message back on a topic, key and bytes as they were: how a dead letter is replayed once its
 * cause is fixed. Consumers that applied it already ignore it by its version; the others apply it now.
 */
export class MessageRepublisher {
  readonly #writer: LogWriter;

  constructor(kafka: Kafka) {
    this.#writer = new LogWriter(kafka);
  }

  disconnect(): Promise<void> {
    return this.#writer.disconnect();
  }

  /** Throws `EventLogUnavailableError` when Kafka cannot take writes now. */
  async republish(
    topic: string,
    message: { key: Buffer | null; value: Buffer },
  ): Promise<{ partition: number; offset: number }> {
    const [written] = await this.#writer.write(topic, [message], (m) => m);
    if (!written) throw new Error('Kafka did not say where the message went');
    return { partition: written.partition, offset: written.offset };
  }
}
