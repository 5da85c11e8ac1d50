import type { Kafka, Producer } from 'kafkajs';

import type { ProjectorLogger } from './projector-logger.js';

/** A document a flush wrote, as the change notice names it and the runner keeps it. */
export type FlushedDocument = {
  projection: string;
  id: string;
  regionId: string | null;
  revision: number;
  doc: unknown;
};

/**
 * Tells the read API, on the changes topic, which documents a flush wrote, so that it tells the
 * dashboards watching them. A notice that cannot be sent is only a warning: readers see the change at
 * their next read.
 */
export class ChangeNotices {
  private producer: Producer | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly projector: string,
    private readonly log: ProjectorLogger,
  ) {}

  async connect(): Promise<void> {
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer?.disconnect();
  }

  async announce(generation: number, flushed: readonly FlushedDocument[]): Promise<void> {
    if (!this.producer || flushed.length === 0) return;
    const notice = {
      projector: this.projector,
      generation,
      at: new Date().toISOString(),
      documents: flushed.map(({ projection, id, regionId }) => ({ projection, id, regionId })),
    };
    try {
      await this.producer.send({ topic: this.topic, messages: [{ value: JSON.stringify(notice) }] });
    } catch (error) {
      this.log.warn('Annonce de mise à jour non publiée', { error: String(error) });
    }
  }
}
