import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { createCredential } from '@cci/credentials';
import { readEvent, referenceData, type DomainEvent, type ReferenceData } from '@cci/domain';
import { createKafka, parseKafkaMessage, readEventLog } from '@cci/event-log';
import { freePort, startService, testServers, uniqueName, type ServiceProcess } from '@cci/test-support';

const here = dirname(fileURLToPath(import.meta.url));
export const ingestMain = join(here, '..', 'dist', 'main.js');
export const infraScript = join(here, '..', '..', '..', 'infra', 'bin', 'infra');

export const run = promisify(execFile);

export type LoggedEvent = { event: DomainEvent; partition: number; offset: number; key: string };

/** An ingest API process on its own topic, with keys for the CCIs a test writes as. */
export class IngestFixture {
  readonly topic: string;
  readonly credentialsFile: string;
  readonly keys: Map<string, string>;
  service: ServiceProcess | null = null;
  url = '';

  constructor(
    readonly brokers: string[] = testServers().kafkaBrokers,
    readonly reference: ReferenceData = referenceData,
    readonly extraEnv: NodeJS.ProcessEnv = {},
    sharing?: IngestFixture,
  ) {
    this.topic = sharing?.topic ?? uniqueName('events');
    this.credentialsFile =
      sharing?.credentialsFile ?? join(mkdtempSync(join(tmpdir(), 'cci-keys-')), 'credentials.json');
    this.keys = sharing?.keys ?? new Map<string, string>();
  }

  /** Another instance of the API on the same log, with the same keys. */
  peer(extraEnv: NodeJS.ProcessEnv = {}): IngestFixture {
    return new IngestFixture(this.brokers, this.reference, { ...this.extraEnv, ...extraEnv }, this);
  }

  async keyFor(cciId: string): Promise<string> {
    const known = this.keys.get(cciId);
    if (known) return known;
    const { key } = await createCredential(this.credentialsFile, {
      cciId,
      label: 'test',
      reference: this.reference,
    });
    this.keys.set(cciId, key);
    return key;
  }

  /** Starts the API; keys made before the start are known at once, later ones within the store's reload interval. */
  async start(keysFor: readonly string[] = []): Promise<ServiceProcess> {
    for (const cciId of keysFor) await this.keyFor(cciId);
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.service = await startService({
      script: ingestMain,
      readyUrl: `${this.url}/health/ready`,
      timeoutMs: 60_000,
      env: {
        KAFKA_BROKERS: this.brokers.join(','),
        EVENTS_TOPIC: this.topic,
        DEAD_LETTER_TOPIC: `${this.topic}-dlq`,
        CCI_CREDENTIALS_FILE: this.credentialsFile,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        RATE_LIMIT_CAPACITY: '100000',
        RATE_LIMIT_PER_SECOND: '100000',
        ...this.extraEnv,
      },
    });
    return this.service;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.service?.kill(signal);
    this.service = null;
  }

  async post(
    path: string,
    body: unknown,
    options: { as: string; headers?: Record<string, string>; raw?: string; contentType?: string },
  ) {
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await this.keyFor(options.as)}`,
        'content-type': options.contentType ?? 'application/json',
        ...options.headers,
      },
      body: options.raw ?? JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? null : (JSON.parse(text) as Record<string, unknown>),
    };
  }

  /** Every event in the fixture's topic, as the projectors would read it. */
  async log(): Promise<LoggedEvent[]> {
    const kafka = createKafka({ brokers: this.brokers, clientId: 'ingest-test-reader', logLevel: 'nothing' });
    const events: LoggedEvent[] = [];
    await readEventLog(kafka, {
      topic: this.topic,
      onBatch: ({ partition, messages }) => {
        for (const message of messages) {
          const parsed = parseKafkaMessage(message);
          if ('unreadable' in parsed) throw new Error(parsed.unreadable);
          const read = readEvent(parsed.raw, this.reference);
          if ('rejection' in read) throw new Error(read.rejection.message);
          events.push({
            event: read.event,
            partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? '',
          });
        }
        return Promise.resolve();
      },
    });
    return events;
  }

  async deleteTopics(): Promise<void> {
    const kafka = createKafka({ brokers: this.brokers, clientId: 'ingest-test-admin', logLevel: 'nothing' });
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [this.topic, `${this.topic}-dlq`] }).catch(() => undefined);
    await admin.disconnect();
  }
}

export const report = (overrides: Record<string, unknown> = {}) => ({
  cciId: 'cci-rouen-metropole',
  indicatorId: 'premier-niveau-information',
  period: '2024-T3',
  value: 412,
  unitId: 'entreprises',
  comment: 'Salon Made in Normandie',
  ...overrides,
});
