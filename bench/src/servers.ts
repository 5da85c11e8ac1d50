import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createKafka, ensureTopics, eventLogTopics, type EventLogTopics } from '@cci/event-log';
import { connectReadModels } from '@cci/read-model-store';
import { mongoDatabaseUrl, testServers, uniqueName, type TestServers } from '@cci/test-support';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

/** The servers every measurement runs against: KAFKA_BROKERS and MONGO_URL, or what `infra up` starts. */
export const servers: TestServers = testServers();

export function benchKafka(clientId: string): Kafka {
  return createKafka({ brokers: servers.kafkaBrokers, clientId, logLevel: 'nothing' });
}

/**
 * What one measurement created and must delete at its end, whatever happens: topics, consumer groups,
 * databases, and anything else (processes, temporary folders) as a closing step.
 */
export class Scratch {
  private readonly topics: string[] = [];
  private readonly groups: string[] = [];
  private readonly databases: string[] = [];
  private readonly closers: (() => Promise<void>)[] = [];

  constructor(
    private readonly kafka: Kafka,
    readonly prefix: string,
  ) {}

  name(what: string): string {
    return uniqueName(`bench-${this.prefix}-${what}`);
  }

  /** The product's topic layout (6 event partitions, dead letters) under names of this run. */
  async eventTopics(): Promise<EventLogTopics> {
    const topics = eventLogTopics({ eventsTopic: this.name('events'), deadLetterTopic: this.name('dlq') });
    this.topics.push(topics.events.topic, topics.deadLetters.topic);
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, [topics.events, topics.deadLetters]);
    } finally {
      await admin.disconnect();
    }
    return topics;
  }

  /** A topic the measurement does not create itself (a projector's changes topic), deleted at the end. */
  topic(name: string): string {
    this.topics.push(name);
    return name;
  }

  group(name: string): string {
    this.groups.push(name);
    return name;
  }

  /** A fresh database, dropped at the end; its connection is closed before. */
  async database(): Promise<{ name: string; url: string; connection: Connection }> {
    const name = this.name('db').replace(/-/g, '_');
    this.databases.push(name);
    const connection = await connectReadModels(servers.mongoUrl, { database: name });
    this.closers.push(() => connection.close());
    return { name, url: mongoDatabaseUrl(name, servers), connection };
  }

  /** A temporary folder (credentials, reference data files), removed at the end. */
  folder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'cci-bench-'));
    this.closers.push(() => rm(folder, { recursive: true, force: true }));
    return folder;
  }

  onCleanup(close: () => Promise<void>): void {
    this.closers.push(close);
  }

  async cleanup(): Promise<void> {
    for (const close of this.closers.splice(0).reverse()) await close().catch(() => undefined);
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      if (this.groups.length > 0) await admin.deleteGroups(this.groups.splice(0)).catch(() => undefined);
      if (this.topics.length > 0)
        await admin.deleteTopics({ topics: this.topics.splice(0) }).catch(() => undefined);
    } finally {
      await admin.disconnect();
    }
    for (const name of this.databases.splice(0)) {
      const connection = await connectReadModels(servers.mongoUrl, { database: name });
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    }
  }
}

const active = new Set<Scratch>();

/** Ctrl-C (or a timeout's SIGTERM) still deletes what the running measurement created. */
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`${signal}: cleaning up before exiting\n`);
    void Promise.all([...active].map((scratch) => scratch.cleanup().catch(() => undefined))).finally(() =>
      process.exit(130),
    );
  });
}

/** Runs a measurement in its own scratch space, cleaned up afterwards even when it fails. */
export async function withScratch<T>(prefix: string, measure: (scratch: Scratch) => Promise<T>): Promise<T> {
  const kafka = benchKafka(`bench-${prefix}`);
  const scratch = new Scratch(kafka, prefix);
  active.add(scratch);
  try {
    return await measure(scratch);
  } finally {
    await scratch.cleanup();
    active.delete(scratch);
  }
}
