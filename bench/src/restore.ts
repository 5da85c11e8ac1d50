import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { DirectoryArchiveStore, type PartitionManifest } from '@cci/event-archive';
import { freePort, startService } from '@cci/test-support';

import { appScript, serviceEnv } from './apps.js';
import type { LoadedTopic } from './event-topic.js';
import { servers, type Scratch } from './servers.js';
import { perSecond, progress } from './stats.js';

export type RestoreFigures = {
  events: number;
  /** The archiver following the loaded topic from its beginning until every partition is archived. */
  archiveSeconds: number;
  archivePerSecond: number;
  segments: number;
  archiveBytes: number;
  /** `cci-restore` as an operator runs it: checksums, topics, every message; the process's whole life. */
  restoreSeconds: number;
  restorePerSecond: number;
};

const restoreScript = fileURLToPath(new URL('../../apps/log-archiver/dist/restore.js', import.meta.url));

/**
 * The archive of a loaded topic made by the log archiver's own process, then restored with
 * `cci-restore` into two fresh topics (events and dead letters), timed from the command's start to its
 * exit.
 */
export async function measureRestore(scratch: Scratch, loaded: LoadedTopic): Promise<RestoreFigures> {
  const archiveDir = join(scratch.folder(), 'archive');
  const { events, deadLetters } = loaded.topics;
  scratch.group(`log-archiver-${events.topic}`);
  const port = await freePort();
  const started = performance.now();
  const archiver = await startService({
    script: appScript('log-archiver'),
    env: serviceEnv({
      KAFKA_BROKERS: servers.kafkaBrokers.join(','),
      EVENTS_TOPIC: events.topic,
      DEAD_LETTER_TOPIC: deadLetters.topic,
      ARCHIVE_DIR: archiveDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    }),
    readyUrl: `http://127.0.0.1:${port}/health/ready`,
    timeoutMs: 60_000,
  });
  scratch.onCleanup(() => archiver.kill('SIGKILL'));
  const store = new DirectoryArchiveStore(archiveDir);
  const manifests = await archivedTo(store, events.topic, loaded.end);
  const segments = manifests.reduce((sum, m) => sum + m.segments.length, 0);
  const archiveBytes = manifests.reduce((sum, m) => sum + m.segments.reduce((s, e) => s + e.bytes, 0), 0);
  const archiveSeconds = (performance.now() - started) / 1000;
  await archiver.kill('SIGTERM');
  progress(
    `restore: ${loaded.events.toLocaleString('en')} events archived in ${archiveSeconds.toFixed(1)} s, restoring`,
  );

  const restoredEvents = scratch.topic(scratch.name('restored-events'));
  const restoredDeadLetters = scratch.topic(scratch.name('restored-dlq'));
  const restoreStarted = performance.now();
  const output = await run(restoreScript, [
    '--archive',
    archiveDir,
    '--topic-cible',
    `${events.topic}=${restoredEvents}`,
    '--topic-cible',
    `${deadLetters.topic}=${restoredDeadLetters}`,
    '--json',
  ]);
  const restoreSeconds = (performance.now() - restoreStarted) / 1000;
  const report = JSON.parse(output) as { messages: number };
  if (report.messages !== loaded.events)
    throw new Error(`cci-restore restored ${report.messages} messages of ${loaded.events}`);
  return {
    events: loaded.events,
    archiveSeconds,
    archivePerSecond: perSecond(loaded.events, archiveSeconds * 1000),
    segments,
    archiveBytes,
    restoreSeconds,
    restorePerSecond: perSecond(loaded.events, restoreSeconds * 1000),
  };
}

/** Waits until the manifests of `topic` reach each partition's end; returns them. */
async function archivedTo(
  store: DirectoryArchiveStore,
  topic: string,
  end: ReadonlyMap<number, number>,
): Promise<PartitionManifest[]> {
  for (;;) {
    const manifests = await Promise.all(
      [...end.keys()].map((partition) => store.readManifest(topic, partition).catch(() => null)),
    );
    const archived = manifests.filter((m): m is PartitionManifest => m !== null);
    if (
      archived.length === end.size &&
      archived.every((m) => (m.lastArchivedOffset ?? -1) + 1 >= (end.get(m.partition) ?? 0))
    )
      return archived;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs a command to its end; its standard output, or an error with what it wrote on failure. */
function run(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, NODE_OPTIONS: '', KAFKA_BROKERS: servers.kafkaBrokers.join(',') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('exit', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`cci-restore exited with ${code}: ${stderr}`));
    });
  });
}
