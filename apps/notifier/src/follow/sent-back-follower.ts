import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import { ensureTopicsOn, eventLogTopics, LogEventReader } from '@cci/event-log';
import { sentBackNotices } from '@cci/notifications';
import { ROOT_LOGGER } from '@cci/service-kit';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';

import type { Clock } from '../clock/clock.js';
import type { NotifierConfig } from '../config/notifier-config.js';
import { CLOCK, KAFKA, NOTIFIER_CONFIG, REFERENCE_DATA } from '../config/tokens.js';
import { NoticeDelivery } from '../delivery/notice-delivery.js';
import { ReadSideFacts } from '../facts/read-side-facts.js';

/**
 * Follows the event log in the notifier's consumer group (shared by its instances, which split the
 * partitions) and claims the notice of each figure the region sends back. The group's offset moves
 * only once the notices are claimed: a crash before that reads the event again, and the claim's key
 * makes the second reading a no-op. Events it cannot read are the projectors' business (dead
 * letters): the notifier skips them.
 */
@Injectable()
export class SentBackFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer: Consumer | null = null;
  private running = false;
  private readonly log: LogEventReader;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ReadSideFacts) private readonly facts: ReadSideFacts,
    @Inject(NoticeDelivery) private readonly delivery: NoticeDelivery,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.log = new LogEventReader(reference);
  }

  get following(): boolean {
    return this.running;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { config } = this;
    const topics = eventLogTopics({
      eventsTopic: config.topics.events,
      deadLetterTopic: config.topics.deadLetters,
      replicationFactor: config.replicationFactor,
      minInsyncReplicas: config.minInsyncReplicas,
    });
    // The notifier may start before any projector: the layout is created by whoever comes first.
    await ensureTopicsOn(this.kafka, [topics.events]);
    const consumer = this.kafka.consumer({
      groupId: this.config.consumerGroup,
      allowAutoTopicCreation: false,
      sessionTimeout: this.config.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(this.config.sessionTimeoutMs / 3)),
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.running = false;
      this.logger.error({ err: payload.error, restart: payload.restart }, 'Suivi du journal interrompu');
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.running = true;
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.config.topics.events, fromBeginning: true });
    await consumer.run({ eachMessage: ({ message }) => this.read(message) });
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.consumer?.disconnect();
  }

  private async read(message: KafkaMessage): Promise<void> {
    const read = this.log.read(message);
    if (!('event' in read) || read.event.type !== 'DeclarationSentBack') return;
    const event = read.event;
    const regionId = this.reference.cci(event.payload.cciId)?.regionId;
    if (!regionId) return;
    const notices = sentBackNotices(event, await this.facts.directories(), regionId, this.clock.now(), {
      quietHours: this.config.quietHours,
      maxAgeMs: this.config.sentBackMaxAgeMs,
    });
    const claimed = await this.delivery.claim(notices);
    if (claimed > 0) {
      this.logger.info({ eventId: event.eventId, claimed }, 'Renvoi de déclaration : notifications prévues');
    }
  }
}
