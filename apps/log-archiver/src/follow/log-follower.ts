import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ArchiveWriter } from '@cci/event-archive';
import { ensureTopicsOn, eventLogTopics } from '@cci/event-log';
import { ROOT_LOGGER } from '@cci/service-kit';
import type { Admin, Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { Logger } from 'pino';

import type { ArchiverConfig } from '../config/archiver-config.js';
import { ARCHIVER_CONFIG, KAFKA } from '../config/tokens.js';
import { partitionLag, type PartitionLag } from '../status/archive-lag.js';
import { archivedMessageOf } from './archived-message-of.js';

export type TopicLag = { topic: string; partition: number } & PartitionLag;

const key = (topic: string, partition: number) => `${topic}/${partition}`;

/** The event topic's six partitions and the dead letters' one. */
const PARTITIONS_AT_ONCE = 7;

/**
 * Follows the archived topics from their beginning in the archiver's own consumer group and writes each
 * batch the broker hands over as one segment. The broker gathers a batch until it holds the segment's
 * minimum size or the maximum delay has passed (the fetch's `minBytes` and `maxWaitTimeInMs`), so a
 * segment closes within that delay of its events' arrival. The group's offset is committed only once
 * the segment and its manifest are on disk; the manifest says where archiving resumes, so messages
 * delivered again after a crash are skipped, and a committed offset ahead of the archive (an archive
 * folder emptied) is sought back.
 */
@Injectable()
export class LogFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer: Consumer | null = null;
  private admin: Admin | null = null;
  private running = false;
  private readonly startedAt = Date.now();
  /** When each partition was last known to be archived up to its end. */
  private readonly caughtUpAt = new Map<string, number>();
  /** Partitions sought back to the archive's next offset, whose next batch is taken as it comes. */
  private readonly sought = new Set<string>();

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(ARCHIVER_CONFIG) private readonly config: ArchiverConfig,
    @Inject(ArchiveWriter) private readonly writer: ArchiveWriter,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  get following(): boolean {
    return this.running;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { config } = this;
    const layout = eventLogTopics({
      eventsTopic: config.topics.events,
      deadLetterTopic: config.topics.deadLetters,
      replicationFactor: config.replicationFactor,
      minInsyncReplicas: config.minInsyncReplicas,
    });
    // The archiver may start before every other service: the layout is created by whoever comes first.
    await ensureTopicsOn(this.kafka, [layout.events, layout.deadLetters]);
    this.admin = this.kafka.admin();
    await this.admin.connect();
    const metadata = await this.admin.fetchTopicMetadata({ topics: config.archivedTopics });
    for (const topic of metadata.topics) {
      const { orphansRemoved } = await this.writer.openTopic(topic.name, topic.partitions.length);
      if (orphansRemoved.length > 0)
        this.logger.warn(
          { topic: topic.name, orphansRemoved },
          'Segments non listés retirés (arrêt brutal précédent)',
        );
      for (const { partitionId } of topic.partitions) {
        const last = this.writer.manifest(topic.name, partitionId).lastEventTimestamp;
        this.caughtUpAt.set(key(topic.name, partitionId), last === null ? this.startedAt : Date.parse(last));
      }
    }
    const consumer = this.kafka.consumer({
      groupId: config.consumerGroup,
      allowAutoTopicCreation: false,
      sessionTimeout: config.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(config.sessionTimeoutMs / 3)),
      maxWaitTimeInMs: config.segment.maxDelayMs,
      minBytes: config.segment.minBytes,
      maxBytesPerPartition: config.segment.maxBytes,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.running = false;
      this.logger.error({ err: payload.error, restart: payload.restart }, 'Archivage du journal interrompu');
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.running = true;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: config.archivedTopics, fromBeginning: true });
    await consumer.run({
      // Partitions are written side by side: each segment waits on two fsyncs, which overlap.
      partitionsConsumedConcurrently: PARTITIONS_AT_ONCE,
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.archive(payload),
    });
    this.logger.info(
      { topics: config.archivedTopics, archive: this.writer.location },
      'Archivage du journal des événements démarré',
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.consumer?.disconnect();
    await this.admin?.disconnect();
  }

  /** Each archived partition's lag behind its log, read from the broker now. */
  async lag(): Promise<TopicLag[]> {
    const admin = this.admin;
    if (admin === null) return [];
    const now = Date.now();
    const lags: TopicLag[] = [];
    for (const topic of this.config.archivedTopics) {
      for (const { partition, low, high } of await admin.fetchTopicOffsets(topic)) {
        const nextToArchive = this.writer.nextOffset(topic, partition);
        const lag = partitionLag({
          logStart: Number(low),
          logEnd: Number(high),
          nextToArchive,
          caughtUpAtMs: this.caughtUpAt.get(key(topic, partition)) ?? this.startedAt,
          nowMs: now,
        });
        if (lag.events === 0) this.caughtUpAt.set(key(topic, partition), now);
        lags.push({ topic, partition, ...lag });
      }
    }
    return lags;
  }

  private async archive(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const { topic, partition } = batch;
    const fetchedAt = Date.now();
    const expected = this.writer.nextOffset(topic, partition);
    const fresh = batch.messages.filter((m) => Number(m.offset) >= expected);
    const first = fresh[0];
    if (first === undefined) {
      if (batch.messages.length > 0) payload.resolveOffset(batch.lastOffset());
      return;
    }
    const where = key(topic, partition);
    if (Number(first.offset) > expected) {
      if (!this.sought.has(where)) {
        this.sought.add(where);
        this.consumer?.seek({ topic, partition, offset: String(expected) });
        return;
      }
      // Sought back and still past it: the log itself starts later (never for this product's topics).
      this.logger.warn(
        { topic, partition, expected, first: first.offset },
        'Le journal ne contient plus le début de la partition',
      );
    }
    this.sought.delete(where);
    const entry = await this.writer.write(topic, partition, fresh.map(archivedMessageOf));
    payload.resolveOffset(String(entry.lastOffset));
    await this.consumer?.commitOffsets([{ topic, partition, offset: String(entry.lastOffset + 1) }]);
    if (entry.lastOffset + 1 >= Number(batch.highWatermark)) this.caughtUpAt.set(where, fetchedAt);
    await payload.heartbeat();
  }
}
