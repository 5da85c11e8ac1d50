import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import { createKafka, ensureTopicsOn, eventLogTopics, readModelChangesTopic } from '@cci/event-log';
import { ProjectorRunner, rebuildWhileOutdated, type ProjectorDefinition } from '@cci/projector';
import { connectReadModels, databaseReachable } from '@cci/read-model-store';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { ROOT_LOGGER } from '@cci/service-kit';
import type { Logger } from 'pino';

import { MaintenanceWorker } from './maintenance-worker.js';
import type { ProjectorConfig } from './projector-config.js';
import { projectorLogger } from './projector-logger.js';

export const PROJECTOR_CONFIG = Symbol('PROJECTOR_CONFIG');
export const REFERENCE_DATA = Symbol('REFERENCE_DATA');
export const PROJECTOR_DEFINITION = Symbol('PROJECTOR_DEFINITION');
export const PROJECTOR_SERVICE_OPTIONS = Symbol('PROJECTOR_SERVICE_OPTIONS');

/** What sets one projector service apart from the other, besides its projector. */
export type ProjectorServiceOptions = {
  /** Carries out the DSI's reconciliations, which check both projectors: one service does. */
  reconciles: boolean;
};

/**
 * Owns the projector's connections, its runner and the DSI's requests it carries out (rebuilds,
 * reconciliations), from the application's start to its shutdown.
 */
@Injectable()
export class ProjectorHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private kafka: Kafka | null = null;
  private connection: Connection | null = null;
  private current: ProjectorRunner | null = null;
  private readonly shutdown = new AbortController();
  private rebuilding: Promise<void> | null = null;
  private maintenance: MaintenanceWorker | null = null;

  constructor(
    @Inject(PROJECTOR_CONFIG) private readonly config: ProjectorConfig,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(PROJECTOR_DEFINITION) private readonly definition: ProjectorDefinition,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(PROJECTOR_SERVICE_OPTIONS) private readonly options: ProjectorServiceOptions,
  ) {}

  get runner(): ProjectorRunner | null {
    return this.current;
  }

  get database(): Connection | null {
    return this.connection;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { config } = this;
    this.kafka = createKafka({ brokers: config.kafkaBrokers, clientId: `projector-${this.definition.name}` });
    this.connection = await connectReadModels(config.mongoUrl, { database: config.mongoDatabase });
    const topics = eventLogTopics({
      eventsTopic: config.topics.events,
      deadLetterTopic: config.topics.deadLetters,
      replicationFactor: config.replicationFactor,
      minInsyncReplicas: config.minInsyncReplicas,
    });
    await ensureTopicsOn(this.kafka, [
      topics.events,
      topics.deadLetters,
      readModelChangesTopic(config.changesTopic, config),
    ]);
    const log = projectorLogger(this.logger);
    const eventLog = { topic: config.topics.events, deadLetterTopic: config.topics.deadLetters };
    const runner = new ProjectorRunner(
      this.kafka,
      this.connection,
      this.reference,
      this.definition,
      {
        ...eventLog,
        changesTopic: config.changesTopic,
        instanceId: config.instanceId,
        flushMaxEvents: config.flushMaxEvents,
        flushMaxDelayMs: config.flushMaxDelayMs,
        stallAfterMs: config.stallAfterMs,
        statusIntervalMs: config.statusIntervalMs,
        sessionTimeoutMs: config.sessionTimeoutMs,
      },
      log,
    );
    this.current = runner;
    await runner.start();
    // A release that changed a projection finds the active generation built by the previous versions:
    // the runner leaves it alone, and the service rebuilds it rather than wait for someone to.
    if (runner.versionChanges().length > 0)
      this.rebuilding = rebuildWhileOutdated(
        runner,
        this.kafka,
        this.connection,
        this.reference,
        this.definition,
        { ...eventLog, signal: this.shutdown.signal },
        log,
      );
    this.maintenance = new MaintenanceWorker({
      kafka: this.kafka,
      connection: this.connection,
      reference: this.reference,
      definition: this.definition,
      topics: config.topics,
      instanceId: config.instanceId,
      reconciles: this.options.reconciles,
      logger: this.logger,
      signal: this.shutdown.signal,
    });
    await this.maintenance.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.shutdown.abort();
    await this.rebuilding;
    await this.maintenance?.stopped();
    await this.current?.stop();
    await this.connection?.close();
  }

  async databaseReachable(): Promise<boolean> {
    return this.connection !== null && (await databaseReachable(this.connection));
  }

  /** The runner consumes (or waits for its rebuild): not stopped. */
  running(): boolean {
    return this.current !== null && this.current.snapshot().state !== 'stopped';
  }
}
