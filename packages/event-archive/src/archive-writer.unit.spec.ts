import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import type { ArchivedMessage } from './archived-message.js';
import { DamagedArchiveError, verifyArchive } from './archive-check.js';
import { ArchiveWriter } from './archive-writer.js';
import { DirectoryArchiveStore } from './directory-archive-store.js';
import { decodeSegment } from './segment-format.js';
import { segmentFileName } from './segment-name.js';

const message = (offset: number): ArchivedMessage => ({
  offset,
  timestamp: Date.UTC(2026, 11, 5) + offset,
  key: Buffer.from(`aggregat-${offset % 3}`),
  value: Buffer.from(JSON.stringify({ offset })),
  headers: [['event-id', Buffer.from(`e-${offset}`)]],
});
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => message(from + i));

describe('the archive in a directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'cci-archive-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('lists each segment in its partition manifest, with its checksum, last offset and last timestamp', async () => {
    const store = new DirectoryArchiveStore(join(root, 'a'));
    const writer = new ArchiveWriter(store);
    await writer.openTopic('t', 2);
    await writer.write('t', 1, range(0, 9));
    await writer.write('t', 1, range(10, 14));
    const manifest = await store.readManifest('t', 1);
    expect(manifest).toMatchObject({
      lastArchivedOffset: 14,
      lastEventTimestamp: new Date(Date.UTC(2026, 11, 5) + 14).toISOString(),
      segments: [
        {
          file: segmentFileName('t', 1, 0, 9),
          messages: 10,
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
        { file: segmentFileName('t', 1, 10, 14), messages: 5 },
      ],
    });
    expect(await store.readLayout('t')).toEqual({ format: 1, topic: 't', partitions: 2 });
    const second = await decodeSegment(await store.readSegment('t', 1, segmentFileName('t', 1, 10, 14)));
    expect(second.records).toEqual(range(10, 14));
    expect(readdirSync(join(root, 'a', 't', '1')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('resumes after a crash from its manifest and removes the segment the crash left unlisted', async () => {
    const location = join(root, 'b');
    const first = new ArchiveWriter(new DirectoryArchiveStore(location));
    await first.openTopic('t', 1);
    await first.write('t', 0, range(0, 4));
    // The crash: a segment renamed into place, its manifest never written.
    const orphan = segmentFileName('t', 0, 5, 7);
    writeFileSync(join(location, 't', '0', orphan), 'partiel');
    const again = new ArchiveWriter(new DirectoryArchiveStore(location));
    expect(await again.openTopic('t', 1)).toEqual({ orphansRemoved: [orphan] });
    expect(again.nextOffset('t', 0)).toBe(5);
    await again.write('t', 0, range(5, 9));
    const verified = await verifyArchive(new DirectoryArchiveStore(location), ['t']);
    expect(verified[0]!.manifests[0]!.segments.map((s) => [s.firstOffset, s.lastOffset])).toEqual([
      [0, 4],
      [5, 9],
    ]);
    await expect(again.write('t', 0, range(9, 12))).rejects.toThrow(/recouvre/);
  });

  it('refuses to go on when the topic’s partition count changed', async () => {
    const store = new DirectoryArchiveStore(join(root, 'c'));
    await new ArchiveWriter(store).openTopic('t', 6);
    await expect(new ArchiveWriter(store).openTopic('t', 8)).rejects.toThrow(
      /a été faite sur 6 partition\(s\), le topic en a maintenant 8/,
    );
  });

  it('names the corrupted segment when its bytes no longer match the manifest', async () => {
    const location = join(root, 'd');
    const writer = new ArchiveWriter(new DirectoryArchiveStore(location));
    await writer.openTopic('t', 1);
    const { file } = await writer.write('t', 0, range(0, 99));
    writeFileSync(join(location, 't', '0', file), 'abîmé');
    const check = verifyArchive(new DirectoryArchiveStore(location), ['t']);
    await expect(check).rejects.toThrow(DamagedArchiveError);
    await expect(check).rejects.toThrow(`Le segment t/0/${file} est corrompu`);
    await expect(verifyArchive(new DirectoryArchiveStore(location), ['absent'])).rejects.toThrow(
      /ne contient pas le topic « absent »/,
    );
  });
});
