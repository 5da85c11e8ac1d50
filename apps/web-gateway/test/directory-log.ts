import { randomUUID } from 'node:crypto';

import {
  authorOf,
  commandAggregateId,
  commandRole,
  decide,
  evolveAggregate,
  referenceData as reference,
  rolesOfCci,
  sealEvent,
  type AccessCommand,
  type AggregateState,
} from '@cci/domain';
import {
  createKafka,
  ensureTopics,
  EventAppender,
  eventLogTopics,
  readModelChangesTopic,
} from '@cci/event-log';
import { ProjectorRunner, regionalProjector } from '@cci/projector';
import { connectReadModels } from '@cci/read-model-store';
import { mongoDatabaseUrl, testServers, uniqueName } from '@cci/test-support';
import type { Connection } from 'mongoose';

/**
 * The directory the gateway reads, built as in production: access commands decided by the domain,
 * appended to a topic of the test's own, projected by the regional projector's runner into a
 * database of the test's own.
 */
export class DirectoryLog {
  readonly database = uniqueName('gateway');
  private readonly kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'web-gateway-test',
    logLevel: 'nothing',
  });
  private readonly topics = eventLogTopics({
    eventsTopic: uniqueName('events'),
    deadLetterTopic: uniqueName('dlq'),
  });
  private readonly changesTopic = `${this.topics.events.topic}-changes`;
  private readonly states = new Map<string, AggregateState>();
  private appender: EventAppender | null = null;
  private runner: ProjectorRunner | null = null;
  private connection: Connection | null = null;

  async start(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [
      this.topics.events,
      this.topics.deadLetters,
      readModelChangesTopic(this.changesTopic),
    ]);
    await admin.disconnect();
    this.appender = new EventAppender(this.kafka, { topic: this.topics.events.topic });
    this.connection = await connectReadModels(mongoDatabaseUrl(this.database));
    this.runner = new ProjectorRunner(
      this.kafka,
      this.connection,
      reference,
      regionalProjector,
      {
        topic: this.topics.events.topic,
        deadLetterTopic: this.topics.deadLetters.topic,
        changesTopic: this.changesTopic,
        instanceId: 'web-gateway-test',
        flushMaxEvents: 20_000,
        flushMaxDelayMs: 100,
        stallAfterMs: 30_000,
        statusIntervalMs: 1_000,
        sessionTimeoutMs: 30_000,
      },
      {
        info: () => undefined,
        warn: () => undefined,
        error: (message) => {
          console.error(message);
        },
      },
    );
    await this.runner.start();
  }

  /** Decides and appends an access command as the server's bootstrap tool would. */
  async record(command: AccessCommand, cciId: string): Promise<void> {
    const agent = { kind: 'tool', tool: 'test', operator: null } as const;
    const decision = decide(command, this.states.get(commandAggregateId(command)), {
      writer: { cciId, agent, roles: rolesOfCci(reference, cciId) },
      reference,
      now: new Date(),
      lookup: (id) => this.states.get(id),
    });
    if ('rejection' in decision) throw new Error(decision.rejection.message);
    const events = decision.events.map((draft) =>
      sealEvent(draft, {
        eventId: randomUUID(),
        recordedBy: cciId,
        author: authorOf(agent, commandRole(command.type)),
        service: 'test',
        recordedAt: new Date().toISOString(),
        correlationId: 'test',
        causationId: null,
        idempotencyKey: null,
      }),
    );
    for (const event of events) {
      const next = evolveAggregate(this.states.get(event.aggregateId), event);
      if (next) this.states.set(event.aggregateId, next);
    }
    await this.appender?.append(events);
  }

  async stop(): Promise<void> {
    await this.runner?.stop();
    await this.appender?.disconnect();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: [this.topics.events.topic, this.topics.deadLetters.topic, this.changesTopic] })
      .catch(() => undefined);
    await admin.disconnect();
    await this.connection?.dropDatabase();
    await this.connection?.close();
  }
}
