import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { ArchiveStore } from './archive-store.js';
import { parseLayout, parseManifest, type PartitionManifest, type TopicLayout } from './manifest.js';

const LAYOUT = 'topic.json';
const MANIFEST = 'manifest.json';

/**
 * The archive in a directory: `<root>/<topic>/topic.json`, then `<root>/<topic>/<partition>/` with the
 * partition's segments and its `manifest.json`. A file is written to a temporary name, flushed to disk,
 * renamed over its final name, and the folder is flushed too: after a crash it is whole or absent.
 */
export class DirectoryArchiveStore implements ArchiveStore {
  constructor(readonly location: string) {}

  async topics(): Promise<string[]> {
    const entries = await readdir(this.location, { withFileTypes: true }).catch(missingAsEmpty);
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  }

  async readLayout(topic: string): Promise<TopicLayout | null> {
    const path = join(this.location, topic, LAYOUT);
    const text = await readFile(path, 'utf8').catch(missingAsNull);
    return text === null ? null : parseLayout(text, path);
  }

  writeLayout(layout: TopicLayout): Promise<void> {
    return this.writeAtomically(join(this.location, layout.topic), LAYOUT, json(layout));
  }

  async readManifest(topic: string, partition: number): Promise<PartitionManifest | null> {
    const path = join(this.partitionFolder(topic, partition), MANIFEST);
    const text = await readFile(path, 'utf8').catch(missingAsNull);
    return text === null ? null : parseManifest(text, path);
  }

  writeManifest(manifest: PartitionManifest): Promise<void> {
    return this.writeAtomically(
      this.partitionFolder(manifest.topic, manifest.partition),
      MANIFEST,
      json(manifest),
    );
  }

  writeSegment(topic: string, partition: number, file: string, bytes: Buffer): Promise<void> {
    return this.writeAtomically(this.partitionFolder(topic, partition), file, bytes);
  }

  readSegment(topic: string, partition: number, file: string): Promise<Buffer> {
    return readFile(join(this.partitionFolder(topic, partition), file));
  }

  async segmentFiles(topic: string, partition: number): Promise<string[]> {
    const names = await readdir(this.partitionFolder(topic, partition)).catch(missingAsEmpty);
    return names.filter((name) => name.endsWith('.seg.gz')).sort();
  }

  async removeSegment(topic: string, partition: number, file: string): Promise<void> {
    await rm(join(this.partitionFolder(topic, partition), file), { force: true });
  }

  private partitionFolder(topic: string, partition: number): string {
    return join(this.location, topic, String(partition));
  }

  private async writeAtomically(folder: string, name: string, bytes: Buffer): Promise<void> {
    await mkdir(folder, { recursive: true });
    const temporary = join(folder, `.${name}.${randomUUID()}.tmp`);
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, join(folder, name));
    // The rename itself is durable only once the folder's entry is on disk.
    const directory = await open(folder, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }
}

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

function missingAsNull(error: unknown): null {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
  throw error;
}

function missingAsEmpty(error: unknown): never[] {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
  throw error;
}
