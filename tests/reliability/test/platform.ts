import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCredential, revokeCredential } from '@cci/credentials';
import { referenceData, type ReferenceData } from '@cci/domain';
import { createKafka, ensureTopics, eventLogTopics, readModelChangesTopic } from '@cci/event-log';
import {
  ensureLocalKeyPair,
  mintPersonToken,
  readSigningKey,
  type PersonClaims,
  type TokenKey,
} from '@cci/person-token';
import { connectReadModels } from '@cci/read-model-store';
import {
  freePort,
  mongoDatabaseUrl,
  startService,
  testServers,
  uniqueName,
  type ServiceProcess,
} from '@cci/test-support';
import { DelegateBackoff, handleAll, retry } from 'cockatiel';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

/** Topic creation on a busy broker: 5 tries, 0.5 s, 1 s, 1.5 s then 2 s apart. */
const topicCreation = retry(handleAll, {
  maxAttempts: 4,
  backoff: new DelegateBackoff((context) => 500 * context.attempt),
});

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The built entry points the suite starts as their own processes, as production runs them. */
export const serviceScripts = {
  ingest: join(repository, 'apps', 'ingest-api', 'dist', 'main.js'),
  /** A second instance of the ingest API on the same log: the two share the writing. */
  'ingest-b': join(repository, 'apps', 'ingest-api', 'dist', 'main.js'),
  regional: join(repository, 'apps', 'regional-projector', 'dist', 'main.js'),
  national: join(repository, 'apps', 'national-projector', 'dist', 'main.js'),
  read: join(repository, 'apps', 'read-api', 'dist', 'main.js'),
  archiver: join(repository, 'apps', 'log-archiver', 'dist', 'main.js'),
} as const;

/** The archive's restore command, run as an operator runs it. */
export const restoreScript = join(repository, 'apps', 'log-archiver', 'dist', 'restore.js');

export type ServiceName = keyof typeof serviceScripts;

export type IssuedKey = { cciId: string; key: string; credentialId: string };

type Running = { process: ServiceProcess; url: string };

/**
 * One test file's platform: its own event, dead-letter and change topics, its own database, its own
 * credentials file, and the services it starts on them. Everything is removed in `dispose()`.
 */
export class Platform {
  readonly servers = testServers();
  readonly kafka: Kafka;
  readonly topics = eventLogTopics({
    eventsTopic: uniqueName('chaos-events'),
    deadLetterTopic: uniqueName('chaos-dlq'),
  });
  readonly changesTopic = `${this.topics.events.topic}-changes`;
  readonly database = uniqueName('chaos');
  readonly keysDirectory = mkdtempSync(join(tmpdir(), 'cci-chaos-keys-'));
  readonly credentialsFile = join(this.keysDirectory, 'credentials.json');
  /** The person tokens' key pair: this file signs as the gateway would, the APIs verify. */
  readonly personTokenKeys = ensureLocalKeyPair(this.keysDirectory);
  readonly unsubscribeKeys = ensureLocalKeyPair(this.keysDirectory, 'unsubscribe-link');
  /** The key the ingest instances share to hand commands to the one that decides (several instances only). */
  readonly ingestPeerKeyFile = join(this.keysDirectory, 'ingest-peer.key');
  private signingKey: Promise<TokenKey> | null = null;
  private readonly keys = new Map<string, IssuedKey>();
  private readonly running = new Map<ServiceName, Running>();
  private readonly pastOutputs: { service: ServiceName; text: string }[] = [];
  private connection: Connection | null = null;

  constructor(
    readonly name: string,
    readonly reference: ReferenceData = referenceData,
  ) {
    this.kafka = createKafka({ brokers: this.servers.kafkaBrokers, clientId: name, logLevel: 'nothing' });
    writeFileSync(this.ingestPeerKeyFile, randomBytes(32).toString('base64url'));
  }

  get eventsTopic(): string {
    return this.topics.events.topic;
  }

  get deadLetterTopic(): string {
    return this.topics.deadLetters.topic;
  }

  /**
   * Creates the file's topics. Retried: on a busy broker, kafkajs's wait for the new topics' leaders
   * can meet "This server does not host this topic-partition" before the metadata has spread.
   */
  async createTopics(): Promise<void> {
    await topicCreation.execute(async () => {
      const admin = this.kafka.admin();
      try {
        await admin.connect();
        await ensureTopics(admin, [
          this.topics.events,
          this.topics.deadLetters,
          readModelChangesTopic(this.changesTopic),
        ]);
      } finally {
        await admin.disconnect();
      }
    });
  }

  /** The CCI's key for this file, made on first use; `label` makes another key for the same CCI. */
  async key(cciId: string, label = 'chaos'): Promise<IssuedKey> {
    const known = this.keys.get(`${cciId}/${label}`);
    if (known) return known;
    const { key, credential } = await createCredential(this.credentialsFile, {
      cciId,
      label,
      reference: this.reference,
    });
    const issued = { cciId, key, credentialId: credential.keyId };
    this.keys.set(`${cciId}/${label}`, issued);
    return issued;
  }

  async revoke(issued: IssuedKey): Promise<void> {
    await revokeCredential(this.credentialsFile, issued.credentialId);
  }

  /** A person token as the gateway signs it for one request to `api`, fresh each time. */
  async personToken(
    claims: PersonClaims,
    api: 'ingest' | 'read',
    options: { now?: Date; issuer?: string; audience?: string } = {},
  ): Promise<string> {
    this.signingKey ??= readSigningKey(this.personTokenKeys.privateKeyFile);
    return mintPersonToken(claims, {
      signingKey: await this.signingKey,
      issuer: options.issuer ?? 'cci-passerelle-web',
      audience: options.audience ?? (api === 'ingest' ? 'cci-ingest-api' : 'cci-read-api'),
      ...(options.now ? { now: options.now } : {}),
    });
  }

  /** Every key issued so far, to look for in the services' output. */
  issuedKeys(): IssuedKey[] {
    return [...this.keys.values()];
  }

  private environment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    return {
      KAFKA_BROKERS: this.servers.kafkaBrokers.join(','),
      MONGO_URL: this.servers.mongoUrl,
      MONGO_DATABASE: this.database,
      EVENTS_TOPIC: this.eventsTopic,
      DEAD_LETTER_TOPIC: this.deadLetterTopic,
      CHANGES_TOPIC: this.changesTopic,
      CCI_CREDENTIALS_FILE: this.credentialsFile,
      PERSON_TOKEN_PUBLIC_KEY_FILE: this.personTokenKeys.publicKeyFile,
      UNSUBSCRIBE_VERIFICATION_KEY_FILE: this.unsubscribeKeys.publicKeyFile,
      LOG_LEVEL: 'warn',
      FLUSH_MAX_DELAY_MS: '50',
      SESSION_TIMEOUT_MS: '6000',
      ...extra,
    };
  }

  /** Starts a service on a free port and waits until it is ready; returns its base URL. */
  async start(service: ServiceName, extra: NodeJS.ProcessEnv = {}): Promise<string> {
    if (this.running.has(service)) throw new Error(`${service} is already running`);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const process = await startService({
      script: serviceScripts[service],
      env: this.environment({ PORT: String(port), ...extra }),
      readyUrl: `${url}/health/ready`,
      timeoutMs: 90_000,
    });
    this.running.set(service, { process, url });
    return url;
  }

  url(service: ServiceName): string {
    const running = this.running.get(service);
    if (!running) throw new Error(`${service} is not running`);
    return running.url;
  }

  process(service: ServiceName): ServiceProcess {
    const running = this.running.get(service);
    if (!running) throw new Error(`${service} is not running`);
    return running.process;
  }

  async stop(service: ServiceName, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const running = this.running.get(service);
    if (!running) return;
    this.running.delete(service);
    await running.process.kill(signal);
    this.pastOutputs.push({ service, text: running.process.output() });
  }

  /** Everything every service of this platform wrote, the killed ones included. */
  output(service?: ServiceName): string {
    const lives = [
      ...this.pastOutputs,
      ...[...this.running.entries()].map(([name, r]) => ({ service: name, text: r.process.output() })),
    ];
    return lives
      .filter((life) => service === undefined || life.service === service)
      .map((life) => life.text)
      .join('\n');
  }

  async mongo(): Promise<Connection> {
    this.connection ??= await connectReadModels(mongoDatabaseUrl(this.database, this.servers));
    return this.connection;
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.running.keys()].map((service) => this.stop(service, 'SIGKILL')));
    const admin = this.kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: [this.eventsTopic, this.deadLetterTopic, this.changesTopic] })
      .catch(() => undefined);
    await admin.disconnect();
    const connection = await this.mongo();
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
    this.connection = null;
    rmSync(this.keysDirectory, { recursive: true, force: true });
  }
}
