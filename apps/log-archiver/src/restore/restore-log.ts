import {
  decodeSegment,
  upToInstant,
  verifyArchive,
  type ArchiveStore,
  type ArchivedMessage,
} from '@cci/event-archive';
import { ensureTopics, eventLogTopics } from '@cci/event-log';
import type { IHeaders, Kafka, Message, Producer } from 'kafkajs';

export type RestorePlan = {
  /** The archived topics to restore; all of the archive's when empty. */
  topics: readonly string[];
  /** The topic each archived topic is restored into. */
  target: (topic: string) => string;
  /** Restores only what was written at or before this instant (milliseconds); null: everything. */
  untilMs: number | null;
  replicationFactor: number;
  minInsyncReplicas: number;
};

export type RestoredPartition = {
  partition: number;
  messages: number;
  /** The archived offsets restored (the same in the new topic when the old one started at 0). */
  firstOffset: number | null;
  lastOffset: number | null;
};

export type RestoreReport = {
  topics: { source: string; target: string; partitions: RestoredPartition[] }[];
  segmentsVerified: number;
  messages: number;
  seconds: number;
};

/** A restore refused before anything was written: the message says why, in French. */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
}

/**
 * The broker refuses a record batch over `message.max.bytes` (1 MiB by default): sends stay well below.
 */
const SEND_BYTES = 512 * 1024;

/**
 * Rebuilds topics from the archive. In this order, so that a refusal writes nothing: every segment's
 * checksum, then every target topic empty (or absent), then the topics created through `ensureTopics`
 * with the archived partition counts and the services' settings, then each partition's messages, in
 * order, to the same partition number, with their keys, values, headers and timestamps, through an
 * idempotent producer acknowledged by every in-sync replica.
 */
export async function restoreArchive(
  kafka: Kafka,
  store: ArchiveStore,
  plan: RestorePlan,
): Promise<RestoreReport> {
  const started = performance.now();
  const sources = plan.topics.length > 0 ? plan.topics : await store.topics();
  if (sources.length === 0) throw new RestoreRefusedError(`L'archive ${store.location} est vide`);
  const verified = await verifyArchive(store, sources);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    for (const { layout } of verified) {
      const target = plan.target(layout.topic);
      if (!existing.has(target)) continue;
      const held = (await admin.fetchTopicOffsets(target)).reduce((sum, o) => sum + Number(o.high), 0);
      if (held > 0) {
        throw new RestoreRefusedError(
          `Le topic cible « ${target} » contient déjà ${held} message(s) : la restauration n'écrit que dans un ` +
            'topic vide ou absent (choisissez un autre nom avec --prefixe ou --topic-cible)',
        );
      }
    }
    await ensureTopics(
      admin,
      verified.map(
        ({ layout }) =>
          eventLogTopics({
            eventsTopic: plan.target(layout.topic),
            eventPartitions: layout.partitions,
            replicationFactor: plan.replicationFactor,
            minInsyncReplicas: plan.minInsyncReplicas,
          }).events,
      ),
    );
  } finally {
    await admin.disconnect();
  }
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  const report: RestoreReport = {
    topics: [],
    segmentsVerified: verified.reduce(
      (sum, t) => sum + t.manifests.reduce((s, m) => s + m.segments.length, 0),
      0,
    ),
    messages: 0,
    seconds: 0,
  };
  try {
    for (const { layout, manifests } of verified) {
      const target = plan.target(layout.topic);
      const partitions: RestoredPartition[] = [];
      for (const manifest of manifests) {
        const restored: RestoredPartition = {
          partition: manifest.partition,
          messages: 0,
          firstOffset: null,
          lastOffset: null,
        };
        for (const segment of manifest.segments) {
          const { records } = await decodeSegment(
            await store.readSegment(layout.topic, manifest.partition, segment.file),
          );
          const { kept, cutReached } =
            plan.untilMs === null ? { kept: records, cutReached: false } : upToInstant(records, plan.untilMs);
          await produceInOrder(producer, target, manifest.partition, kept);
          const [first, last] = [kept[0], kept.at(-1)];
          if (first && last) {
            restored.firstOffset ??= first.offset;
            restored.lastOffset = last.offset;
            restored.messages += kept.length;
          }
          if (cutReached) break;
        }
        report.messages += restored.messages;
        partitions.push(restored);
      }
      report.topics.push({ source: layout.topic, target, partitions });
    }
  } finally {
    await producer.disconnect();
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** One send at a time, each under the broker's batch limit, all to the archived partition number. */
async function produceInOrder(
  producer: Producer,
  topic: string,
  partition: number,
  records: readonly ArchivedMessage[],
): Promise<void> {
  let chunk: Message[] = [];
  let bytes = 0;
  for (const record of records) {
    const message = messageOf(record, partition);
    const size = (record.key?.length ?? 0) + (record.value?.length ?? 0) + 64;
    if (chunk.length > 0 && bytes + size > SEND_BYTES) {
      await producer.send({ topic, acks: -1, messages: chunk });
      chunk = [];
      bytes = 0;
    }
    chunk.push(message);
    bytes += size;
  }
  if (chunk.length > 0) await producer.send({ topic, acks: -1, messages: chunk });
}

function messageOf(record: ArchivedMessage, partition: number): Message {
  const headers: IHeaders = {};
  for (const [name, value] of record.headers) {
    // kafkajs writes an array as the same header name once per value, in order.
    // A null header value (never written by this product) goes back as kafkajs encodes an absent one.
    const one = value ?? Buffer.alloc(0);
    const known = headers[name];
    headers[name] = known === undefined ? one : [...(Array.isArray(known) ? known : [known]), one];
  }
  return { partition, key: record.key, value: record.value, headers, timestamp: String(record.timestamp) };
}
