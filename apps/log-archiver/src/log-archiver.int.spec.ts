import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { referenceData, seedHistory, type DomainEvent } from '@cci/domain';
import {
  createKafka,
  ensureTopics,
  EventAppender,
  eventLogTopics,
  readEventLog,
  type LogMessage,
} from '@cci/event-log';
import { simulateEvents } from '@cci/simulation';
import { freePort, startService, testServers, uniqueName, type ServiceProcess } from '@cci/test-support';

import { archivedMessages, archivedUpTo } from '../test/archive.js';

// The archiver as its own process (dist/main.js) against the real broker, on topics and an archive
// folder of this run; the restore as its command (dist/restore.js) into topics of this run.

const servers = testServers();
const topics = eventLogTopics({
  eventsTopic: uniqueName('archive-events'),
  deadLetterTopic: uniqueName('archive-dlq'),
});
const topic = topics.events.topic;
const archiveDir = mkdtempSync(join(tmpdir(), 'cci-archive-int-'));
const kafka = createKafka({ brokers: servers.kafkaBrokers, clientId: 'archive-int', logLevel: 'nothing' });
const created: string[] = [topic, topics.deadLetters.topic];
const events: DomainEvent[] = [
  ...seedHistory(referenceData),
  ...simulateEvents(referenceData, { seed: 11, fromYear: 2023, count: 6_000 }),
];
let appender: EventAppender;
let archiver: ServiceProcess | null = null;
let appended = 0;
/** Messages a raw producer writes first, one per partition. */
const RAW = 6;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startArchiver(): Promise<void> {
  const port = await freePort();
  archiver = await startService({
    script: join(import.meta.dirname, '..', 'dist', 'main.js'),
    env: {
      KAFKA_BROKERS: servers.kafkaBrokers.join(','),
      EVENTS_TOPIC: topic,
      DEAD_LETTER_TOPIC: topics.deadLetters.topic,
      ARCHIVE_DIR: archiveDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    readyUrl: `http://127.0.0.1:${port}/health/ready`,
    timeoutMs: 60_000,
  });
}

/** The log's end per partition, as the appender was told. */
const logEnd = new Array<number>(6).fill(0);
async function append(batch: readonly DomainEvent[]): Promise<void> {
  for (const { partition, offset } of await appender.append(batch))
    logEnd[partition] = Math.max(logEnd[partition]!, offset + 1);
  appended += batch.length;
}

async function archivedAll(timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const ends = await archivedUpTo(archiveDir, topic, 6);
    if (ends.every((end, p) => end >= logEnd[p]!)) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(`archive at ${ends.join(',')} of ${logEnd.join(',')}:\n${archiver?.output() ?? ''}`);
    await sleep(20);
  }
}

async function readTopic(name: string): Promise<(LogMessage & { partition: number })[]> {
  const all: (LogMessage & { partition: number })[] = [];
  await readEventLog(kafka, {
    topic: name,
    onBatch: ({ partition, messages }) => {
      all.push(...messages.map((m) => ({ ...m, partition })));
      return Promise.resolve();
    },
  });
  return all.sort((a, b) => a.partition - b.partition || a.offset - b.offset);
}

/** What a message is, whatever the topic: where, key, value bytes and headers. */
const identity = (
  m: { partition: number; key: Buffer | null; value: Buffer | null },
  headers: Record<string, string>,
) => JSON.stringify([m.partition, m.key?.toString('base64'), m.value?.toString('base64'), headers]);
const fromArchive = (m: Awaited<ReturnType<typeof archivedMessages>>[number]) =>
  identity(m, Object.fromEntries(m.headers.map(([n, v]) => [n, v?.toString('utf8') ?? ''])));

function restore(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(import.meta.dirname, '..', 'dist', 'restore.js'), ...args],
    {
      env: { ...process.env, NODE_OPTIONS: '', KAFKA_BROKERS: servers.kafkaBrokers.join(',') },
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the log archiver', () => {
  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topics.events, topics.deadLetters]);
    await admin.disconnect();
    // What only the exact bytes and explicit partitions keep: one key on every partition (as a raw
    // producer may write it, unlike the key's own partition), a header twice, a tombstone.
    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: 6 }, (_, partition) => ({
        partition,
        key: 'une-seule-clé',
        value: partition === 5 ? null : Buffer.from([0xff, partition]),
        headers: { trace: ['a', 'b'] },
      })),
    });
    await producer.disconnect();
    for (let partition = 0; partition < 6; partition += 1) logEnd[partition] = 1;
    appender = new EventAppender(kafka, { topic });
    await appender.connect();
    await startArchiver();
  }, 90_000);

  afterAll(async () => {
    await archiver?.kill('SIGKILL');
    await appender.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: created }).catch(() => undefined);
    await admin.deleteGroups([`log-archiver-${topic}`]).catch(() => undefined);
    await admin.disconnect();
    rmSync(archiveDir, { recursive: true, force: true });
  }, 60_000);

  it('archives appended events within a second or two, in segments listed with their checksum', async () => {
    await append(events.slice(0, 500));
    expect(await archivedAll(2_000)).toBeLessThan(2_000);
    const files = readdirSync(join(archiveDir, topic, '0'));
    expect(files).toContain('manifest.json');
    expect(files.some((f) => /^archive-events-.*-0-\d{20}-\d{20}\.seg\.gz$/.test(f))).toBe(true);
  });

  it('loses and doubles nothing when killed (SIGKILL) mid-stream and started again', async () => {
    const writing = (async () => {
      for (let i = 500; i < events.length; i += 50) {
        await append(events.slice(i, i + 50));
        await sleep(20);
      }
    })();
    // The kill lands a third of the way through the writes, whatever the machine's speed.
    while (appended < events.length / 3) await sleep(5);
    await archiver?.kill('SIGKILL');
    const killedAt = appended;
    await sleep(500);
    await startArchiver();
    await writing;
    await archivedAll(30_000);
    expect(killedAt).toBeLessThan(events.length);

    const inLog = await readTopic(topic);
    const archived = await archivedMessages(archiveDir, topic);
    expect(inLog).toHaveLength(RAW + events.length);
    expect(archived.map((m) => `${m.partition}/${m.offset}`)).toEqual(
      inLog.map((m) => `${m.partition}/${m.offset}`),
    );
    expect(archived.map(fromArchive)).toEqual(inLog.map((m) => identity(m, m.headers)));
  }, 90_000);

  it('restores the archive into empty topics: the same messages in the same partitions, in order', async () => {
    const prefix = `${uniqueName('restaure')}.`;
    created.push(`${prefix}${topic}`, `${prefix}${topics.deadLetters.topic}`);
    const done = restore('--archive', archiveDir, '--prefixe', prefix, '--json');
    expect(done).toMatchObject({ status: 0 });
    const report = JSON.parse(done.stdout) as { messages: number };
    expect(report.messages).toBe(RAW + events.length);
    const original = await readTopic(topic);
    const restored = await readTopic(`${prefix}${topic}`);
    expect(restored.map((m) => [m.partition, m.offset, identity(m, m.headers)])).toEqual(
      original.map((m) => [m.partition, m.offset, identity(m, m.headers)]),
    );

    const again = restore('--archive', archiveDir, '--prefixe', prefix);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      `Le topic cible « ${prefix}${topic} » contient déjà ${RAW + events.length} message(s)`,
    );
  }, 90_000);

  it('restores up to an instant: each partition up to its last message written then', async () => {
    const archived = await archivedMessages(archiveDir, topic);
    const instant = archived.map((m) => m.timestamp).sort((a, b) => a - b)[Math.floor(archived.length / 2)]!;
    const target = uniqueName('jusqua');
    created.push(target);
    const done = restore(
      '--archive',
      archiveDir,
      '--topic',
      topic,
      '--topic-cible',
      `${topic}=${target}`,
      '--jusqua',
      new Date(instant).toISOString(),
    );
    expect(done).toMatchObject({ status: 0 });
    expect(done.stdout).toContain(`jusqu'au ${new Date(instant).toISOString()} inclus`);
    const restored = await readTopic(target);
    expect(restored.map((m) => identity(m, m.headers))).toEqual(
      archived.filter((m) => m.timestamp <= instant).map(fromArchive),
    );
    expect(restored.length).toBeGreaterThan(0);
    expect(restored.length).toBeLessThan(archived.length);
  }, 60_000);

  it('refuses a corrupted archive, naming the segment, and writes nothing', async () => {
    const damaged = mkdtempSync(join(tmpdir(), 'cci-archive-damaged-'));
    cpSync(archiveDir, damaged, { recursive: true });
    const segment = readdirSync(join(damaged, topic, '3')).find((f) => f.endsWith('.seg.gz'))!;
    writeFileSync(join(damaged, topic, '3', segment), 'octets abîmés');
    const prefix = `${uniqueName('abime')}.`;
    const refused = restore('--archive', damaged, '--prefixe', prefix);
    rmSync(damaged, { recursive: true, force: true });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Le segment ${topic}/3/${segment} est corrompu`);
    const admin = kafka.admin();
    await admin.connect();
    const existing = await admin.listTopics();
    await admin.disconnect();
    expect(existing.filter((t) => t.startsWith(prefix))).toEqual([]);
  });
});
