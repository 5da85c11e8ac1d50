import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort, uniqueName } from '@cci/test-support';

import type { ArchivedMessage } from './archived-message.js';
import { DamagedArchiveError, verifyArchive } from './archive-check.js';
import { ArchiveWriter } from './archive-writer.js';
import { s3ArchiveStore } from './s3-archive-store.js';
import { decodeSegment } from './segment-format.js';
import { segmentFileName } from './segment-name.js';

// gofakes3, an S3-compatible server (`infra install` builds it from the Go module proxy), in a process
// of this file's own, keeping its objects in memory.
const local = process.env.CCI_LOCAL_DIR ?? join(import.meta.dirname, '..', '..', '..', '.local');
const binary = join(local, 'gofakes3', 'bin', 'gofakes3');
const bucket = 'cci-archive';
const credentials = { accessKeyId: 'archive', secretAccessKey: 'archive-secret' };
let server: ChildProcess;
let endpoint: string;

const message = (offset: number): ArchivedMessage => ({
  offset,
  timestamp: Date.UTC(2026, 11, 5) + offset,
  key: Buffer.from(`aggregat-${offset % 3}`),
  value: Buffer.from(JSON.stringify({ offset, texte: 'déclaré' })),
  headers: [['event-id', Buffer.from(`e-${offset}`)]],
});
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => message(from + i));
const store = (prefix: string) =>
  s3ArchiveStore({ bucket, prefix, endpoint, region: 'eu-west-3', credentials });

async function put(key: string, body: string): Promise<void> {
  const client = new S3Client({ endpoint, region: 'eu-west-3', forcePathStyle: true, credentials });
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  client.destroy();
}

describe('the archive in an S3-compatible bucket', () => {
  beforeAll(async () => {
    if (!existsSync(binary)) throw new Error(`${binary} manque : lancez infra/bin/infra install`);
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    server = spawn(
      binary,
      ['-backend', 'memory', '-host', `127.0.0.1:${port}`, '-initialbucket', bucket, '-quiet'],
      {
        stdio: 'ignore',
      },
    );
    for (let i = 0; i < 100; i += 1) {
      if (
        await fetch(`${endpoint}/${bucket}`).then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('gofakes3 ne répond pas');
  });

  afterAll(() => {
    server.kill('SIGKILL');
  });

  it('keeps segments and manifests under the prefix, and gives them back as written', async () => {
    const prefix = `${uniqueName('archive')}/`;
    const writer = new ArchiveWriter(store(prefix));
    await writer.openTopic('cci.events.v1', 2);
    await writer.write('cci.events.v1', 1, range(0, 9));
    await writer.write('cci.events.v1', 1, range(10, 14));
    const reader = store(prefix);
    expect(reader.location).toBe(`s3://${bucket}/${prefix}`);
    expect(await reader.topics()).toEqual(['cci.events.v1']);
    expect(await reader.segmentFiles('cci.events.v1', 1)).toEqual([
      segmentFileName('cci.events.v1', 1, 0, 9),
      segmentFileName('cci.events.v1', 1, 10, 14),
    ]);
    const [verified] = await verifyArchive(reader, ['cci.events.v1']);
    expect(verified?.manifests[1]).toMatchObject({ lastArchivedOffset: 14 });
    const segment = await reader.readSegment('cci.events.v1', 1, segmentFileName('cci.events.v1', 1, 10, 14));
    expect((await decodeSegment(segment)).records).toEqual(range(10, 14));
    expect(await reader.readManifest('cci.events.v1', 0)).toBeNull();
  });

  it('removes the segment a crash left unlisted, and names a corrupted one', async () => {
    const prefix = `${uniqueName('archive')}/`;
    const writer = new ArchiveWriter(store(prefix));
    await writer.openTopic('t', 1);
    await writer.write('t', 0, range(0, 4));
    const orphan = segmentFileName('t', 0, 5, 7);
    await put(`${prefix}t/0/${orphan}`, 'partiel');
    expect(await new ArchiveWriter(store(prefix)).openTopic('t', 1)).toEqual({ orphansRemoved: [orphan] });

    await put(`${prefix}t/0/${segmentFileName('t', 0, 0, 4)}`, 'abîmé');
    await expect(verifyArchive(store(prefix), ['t'])).rejects.toThrow(DamagedArchiveError);
    await expect(verifyArchive(store(prefix), ['t'])).rejects.toThrow(
      `Le segment t/0/${segmentFileName('t', 0, 0, 4)} est corrompu`,
    );
  });
});
