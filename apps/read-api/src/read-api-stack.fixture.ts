import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCredential } from '@cci/credentials';
import { referenceData as reference, type DomainEvent } from '@cci/domain';
import {
  createKafka,
  ensureTopics,
  EventAppender,
  eventLogTopics,
  readModelChangesTopic,
} from '@cci/event-log';
import {
  nationalProjector,
  ProjectorRunner,
  regionalProjector,
  type ProjectorDefinition,
  type ProjectorLogger,
} from '@cci/projector';
import { createProjectorApp, projectorConfig, type ProjectorServiceOptions } from '@cci/projector-service';
import { connectReadModels } from '@cci/read-model-store';
import { serviceLogger } from '@cci/service-kit';
import {
  freePort,
  mongoDatabaseUrl,
  startService,
  testServers,
  uniqueName,
  type ServiceProcess,
} from '@cci/test-support';
import type { INestApplication } from '@nestjs/common';
import type { Connection } from 'mongoose';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');
const projectorLog: ProjectorLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: (message, fields) => {
    console.error(message, fields);
  },
};

export type Answer = {
  status: number;
  headers: Headers;
  text: string;
  body: Record<string, unknown> | null;
};

/**
 * The read API from its build, over read models that both projectors write in this process: the same
 * runner (`@cci/projector`) that the projector services run, with their default settings, on topics and
 * a database of the test file's own, with an API key for each CCI the file signs in as. A test that
 * needs the DSI's requests carried out starts a projector service (`@cci/projector-service`) too.
 */
export class ReadApiStack {
  readonly kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'read-api-test',
    logLevel: 'nothing',
  });
  readonly topics = eventLogTopics({ eventsTopic: uniqueName('events'), deadLetterTopic: uniqueName('dlq') });
  readonly changesTopic = `${this.topics.events.topic}-changes`;
  private readonly database = uniqueName('read');
  private readonly credentialsFile = join(mkdtempSync(join(tmpdir(), 'cci-keys-')), 'credentials.json');
  private readonly keys = new Map<string, string>();
  private readonly runners: ProjectorRunner[] = [];
  private readonly projectorServices: INestApplication[] = [];
  private appended = 0;
  private readModels: Connection | null = null;
  private appender: EventAppender | null = null;
  private service: ServiceProcess | null = null;
  url = '';

  constructor(private readonly ccis: readonly string[]) {}

  get readApi(): ServiceProcess {
    if (!this.service) throw new Error('read API not started');
    return this.service;
  }

  /** The read models' database, for what another service writes there (the notifier's record). */
  get readModelsDatabase(): Connection {
    if (!this.readModels) throw new Error('read API not started');
    return this.readModels;
  }

  key(cciId: string): string {
    const key = this.keys.get(cciId);
    if (!key) throw new Error(`no key for ${cciId}`);
    return key;
  }

  /** Appends the history, starts both projectors and the read API, and waits until the history is projected. */
  async start(history: readonly DomainEvent[]): Promise<void> {
    for (const cciId of this.ccis)
      this.keys.set(
        cciId,
        (await createCredential(this.credentialsFile, { cciId, label: 'test', reference })).key,
      );
    const admin = this.kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [
      this.topics.events,
      this.topics.deadLetters,
      readModelChangesTopic(this.changesTopic),
    ]);
    await admin.disconnect();
    this.appender = new EventAppender(this.kafka, { topic: this.topics.events.topic });
    await this.appendOnly(history);
    this.readModels = await connectReadModels(mongoDatabaseUrl(this.database));
    for (const definition of [regionalProjector, nationalProjector]) {
      const runner = new ProjectorRunner(
        this.kafka,
        this.readModels,
        reference,
        definition,
        {
          topic: this.topics.events.topic,
          deadLetterTopic: this.topics.deadLetters.topic,
          changesTopic: this.changesTopic,
          instanceId: `read-api-test-${definition.name}`,
          flushMaxEvents: 20_000,
          flushMaxDelayMs: 100,
          stallAfterMs: 30_000,
          statusIntervalMs: 1_000,
          sessionTimeoutMs: 30_000,
        },
        projectorLog,
      );
      this.runners.push(runner);
      await runner.start();
    }
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.service = await startService({
      script: main,
      env: {
        ...this.stackEnvironment(),
        LOG_LEVEL: 'warn',
        PORT: String(port),
        CCI_CREDENTIALS_FILE: this.credentialsFile,
      },
      readyUrl: `${this.url}/health/ready`,
    });
    await this.caughtUp();
  }

  /** The servers, database and topics every service of this stack is given. */
  private stackEnvironment(): Record<string, string> {
    return {
      KAFKA_BROKERS: testServers().kafkaBrokers.join(','),
      MONGO_URL: testServers().mongoUrl,
      MONGO_DATABASE: this.database,
      EVENTS_TOPIC: this.topics.events.topic,
      DEAD_LETTER_TOPIC: this.topics.deadLetters.topic,
      CHANGES_TOPIC: this.changesTopic,
    };
  }

  private async appendOnly(events: readonly DomainEvent[]): Promise<void> {
    if (!this.appender) throw new Error('stack not started');
    for (let i = 0; i < events.length; i += 500) await this.appender.append(events.slice(i, i + 500));
    this.appended += events.length;
  }

  /** Appends events, and waits until both projectors applied them when asked to. */
  async append(events: readonly DomainEvent[], { wait = true } = {}): Promise<void> {
    await this.appendOnly(events);
    if (wait) await this.caughtUp();
  }

  /**
   * Waits until both projectors' checkpoints cover every event appended, and their statuses say so: the
   * views' freshness reads the status, which follows the checkpoints within a status interval.
   */
  async caughtUp(): Promise<void> {
    const connection = this.readModels;
    if (!connection) throw new Error('stack not started');
    const checkedSince = Date.now();
    for (;;) {
      const checkpoints = await connection
        .collection('projection_checkpoints')
        .find({ topic: this.topics.events.topic })
        .toArray();
      const applied = (projector: string) =>
        checkpoints
          .filter((c) => c.projector === projector)
          .reduce((sum, c) => sum + (c.offset as number), 0);
      const statuses = await connection.collection('projector_status').find().toArray();
      const upToDate = (projector: string) =>
        applied(projector) >= this.appended &&
        statuses.some(
          (status) =>
            status.projector === projector &&
            status.state === 'caught-up' &&
            (status.heartbeatAt as Date).getTime() > checkedSince,
        );
      if (upToDate('regional') && upToDate('national')) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * A projector service in this process, as its app runs it (without listening), beside the runners:
   * it carries out the rebuilds of its projector and, when it reconciles, the reconciliations.
   */
  async startProjectorService(
    definition: ProjectorDefinition,
    options: ProjectorServiceOptions,
  ): Promise<void> {
    const config = projectorConfig(
      {
        ...this.stackEnvironment(),
        INSTANCE_ID: `read-api-test-${definition.name}-service`,
        LOG_LEVEL: 'error',
      },
      3101,
    );
    const logger = serviceLogger(`${definition.name}-projector`, config);
    this.projectorServices.push(await createProjectorApp(definition, config, logger, options));
  }

  async get(path: string, as: string): Promise<Answer> {
    return this.answer(
      await fetch(`${this.url}${path}`, { headers: { authorization: `Bearer ${this.key(as)}` } }),
    );
  }

  async post(path: string, as: string, body?: unknown): Promise<Answer> {
    return this.answer(
      await fetch(`${this.url}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.key(as)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  }

  private async answer(response: Response): Promise<Answer> {
    const bytes = new Uint8Array(await response.arrayBuffer());
    // `ignoreBOM` keeps the byte-order mark that the CSV exports start with, for Excel.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: response.headers.get('content-type')?.includes('json')
        ? (JSON.parse(text) as Record<string, unknown>)
        : null,
    };
  }

  async stop(): Promise<void> {
    await this.service?.kill('SIGTERM');
    await Promise.all(this.projectorServices.map((app) => app.close()));
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.appender?.disconnect();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({
        topics: [this.topics.events.topic, this.topics.deadLetters.topic, this.changesTopic],
      })
      .catch(() => undefined);
    await admin.disconnect();
    await this.readModels?.dropDatabase();
    await this.readModels?.close();
  }
}
