import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { referenceData, seedHistory } from '@cci/domain';
import { s3ArchiveStore } from '@cci/event-archive';
import { createKafka, ensureTopics, EventAppender, eventLogTopics, readEventLog } from '@cci/event-log';
import { freePort, startService, testServers, uniqueName, type ServiceProcess } from '@cci/test-support';

// The archiver and cci-restore built, on an S3-compatible bucket: gofakes3 (built by `infra install`)
// in a process of this file's own, its objects in memory.
const servers = testServers();
const local = process.env.CCI_LOCAL_DIR ?? join(import.meta.dirname, '..', '..', '..', '.local');
const gofakes3 = join(local, 'gofakes3', 'bin', 'gofakes3');
const topics = eventLogTopics({
  eventsTopic: uniqueName('s3-events'),
  deadLetterTopic: uniqueName('s3-dlq'),
});
const topic = topics.events.topic;
const restored = `${uniqueName('s3-restaure')}.`;
const kafka = createKafka({ brokers: servers.kafkaBrokers, clientId: 'archive-s3-int', logLevel: 'nothing' });
const events = seedHistory(referenceData);
const bucket = 'cci-archive';
const prefix = `${uniqueName('journal')}/`;
let s3: ChildProcess;
let archiver: ServiceProcess;
let s3Env: NodeJS.ProcessEnv;

async function topicContents(name: string): Promise<string[]> {
  const all: string[] = [];
  await readEventLog(kafka, {
    topic: name,
    onBatch: ({ partition, messages }) => {
      for (const m of messages)
        all.push(
          JSON.stringify([
            partition,
            m.offset,
            m.key?.toString('base64'),
            m.value?.toString('base64'),
            m.headers,
          ]),
        );
      return Promise.resolve();
    },
  });
  return all.sort();
}

describe('the log archiver on an S3-compatible bucket', () => {
  beforeAll(async () => {
    if (!existsSync(gofakes3)) throw new Error(`${gofakes3} manque : lancez infra/bin/infra install`);
    const s3Port = await freePort();
    s3 = spawn(
      gofakes3,
      ['-backend', 'memory', '-host', `127.0.0.1:${s3Port}`, '-initialbucket', bucket, '-quiet'],
      {
        stdio: 'ignore',
      },
    );
    s3Env = {
      ARCHIVE_S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      AWS_ACCESS_KEY_ID: 'archive',
      AWS_SECRET_ACCESS_KEY: 'archive-secret',
    };
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topics.events, topics.deadLetters]);
    await admin.disconnect();
    const port = await freePort();
    archiver = await startService({
      script: join(import.meta.dirname, '..', 'dist', 'main.js'),
      env: {
        ...s3Env,
        KAFKA_BROKERS: servers.kafkaBrokers.join(','),
        EVENTS_TOPIC: topic,
        DEAD_LETTER_TOPIC: topics.deadLetters.topic,
        ARCHIVE_DIR: `s3://${bucket}/${prefix}`,
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
      readyUrl: `http://127.0.0.1:${port}/health/ready`,
      timeoutMs: 60_000,
    });
  }, 90_000);

  afterAll(async () => {
    await archiver.kill('SIGKILL');
    s3.kill('SIGKILL');
    const admin = kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({
        topics: [
          topic,
          topics.deadLetters.topic,
          `${restored}${topic}`,
          `${restored}${topics.deadLetters.topic}`,
        ],
      })
      .catch(() => undefined);
    await admin.deleteGroups([`log-archiver-${topic}`]).catch(() => undefined);
    await admin.disconnect();
  }, 60_000);

  it('archives into the bucket, and cci-restore rebuilds the same topic from it', async () => {
    const appender = new EventAppender(kafka, { topic });
    const positions = await appender.append(events);
    await appender.disconnect();
    const store = s3ArchiveStore({
      bucket,
      prefix,
      endpoint: s3Env.ARCHIVE_S3_ENDPOINT!,
      region: 'eu-west-3',
      credentials: { accessKeyId: 'archive', secretAccessKey: 'archive-secret' },
    });
    const deadline = Date.now() + 10_000;
    for (const { partition, offset } of positions) {
      while (((await store.readManifest(topic, partition))?.lastArchivedOffset ?? -1) < offset) {
        if (Date.now() > deadline)
          throw new Error(`not archived: ${partition}/${offset}\n${archiver.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    const restore = spawnSync(
      process.execPath,
      [
        join(import.meta.dirname, '..', 'dist', 'restore.js'),
        '--archive',
        `s3://${bucket}/${prefix}`,
        '--prefixe',
        restored,
        '--json',
      ],
      {
        env: { ...process.env, ...s3Env, NODE_OPTIONS: '', KAFKA_BROKERS: servers.kafkaBrokers.join(',') },
        encoding: 'utf8',
      },
    );
    expect(restore.status).toBe(0);
    expect((JSON.parse(restore.stdout) as { messages: number }).messages).toBe(events.length);
    expect(await topicContents(`${restored}${topic}`)).toEqual(await topicContents(topic));
  }, 60_000);
});
