import { randomUUID } from 'node:crypto';

import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ROOT_LOGGER } from '@cci/http-api';
import { ensureTopics, readModelChangesTopic } from '@cci/event-log';
import type { Admin, Consumer, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { Subject, type Observable } from 'rxjs';

import type { ReadConfig } from '../config/read-config.js';
import { KAFKA, READ_CONFIG } from '../config/tokens.js';

/** A document a projector wrote: its projection (the read model), its id, its region if it has one. */
export type ChangedDocument = { projection: string; id: string; regionId: string | null };

/** A projector's notice that read models changed: which projector, which documents, when. */
export type ChangeNotice = { projector: string; documents: ChangedDocument[]; at: string };

/**
 * Follows the projectors' "read model changed" notices (from the end of the topic as it stood at start,
 * in a consumer group of this instance's own) and hands them to the server-sent events.
 */
@Injectable()
export class ChangeNotices
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly subject = new Subject<ChangeNotice>();
  private readonly ending = new Subject<void>();
  private readonly groupId = `read-api-live-${randomUUID()}`;
  private consumer: Consumer | null = null;
  private admin: Admin | null = null;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(READ_CONFIG) private readonly config: ReadConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  get notices(): Observable<ChangeNotice> {
    return this.subject.asObservable();
  }

  /** Emits once, when the service starts shutting down. */
  get ended(): Observable<void> {
    return this.ending.asObservable();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    await ensureTopics(this.admin, [readModelChangesTopic(this.config.changesTopic, this.config)]);
    // A new group starts at "latest" only once it has joined, seconds later: the notices of a projection
    // finished in between would be lost, so the start is pinned to the end as it stands now.
    const ends = await this.admin.fetchTopicOffsets(this.config.changesTopic);
    const consumer = this.kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 50,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic: this.config.changesTopic, fromBeginning: false });
    await consumer.run({
      eachMessage: ({ message }) => {
        try {
          const raw = JSON.parse(message.value?.toString('utf8') ?? '') as ChangeNotice;
          const documents = raw.documents.map(({ projection, id, regionId }) => ({
            projection,
            id,
            regionId,
          }));
          this.subject.next({ projector: raw.projector, documents, at: raw.at });
        } catch (error) {
          this.logger.warn({ err: error }, 'Annonce de mise à jour illisible');
        }
        return Promise.resolve();
      },
    });
    for (const { partition, high } of ends)
      consumer.seek({ topic: this.config.changesTopic, partition, offset: high });
  }

  /** Ends the open event streams first: the HTTP server cannot close while they are open. */
  beforeApplicationShutdown(): void {
    this.subject.complete();
    this.ending.next();
    this.ending.complete();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.disconnect();
    await this.admin?.deleteGroups([this.groupId]).catch(() => undefined);
    await this.admin?.disconnect();
  }
}
