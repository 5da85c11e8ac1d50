import type { ArchivedMessage } from './archived-message.js';
import type { ArchiveStore } from './archive-store.js';
import {
  emptyManifest,
  nextOffset,
  withSegment,
  type PartitionManifest,
  type SegmentEntry,
} from './manifest.js';
import { encodeSegment, sha256 } from './segment-format.js';
import { parseSegmentFileName, segmentFileName } from './segment-name.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Appends segments to the archive, one partition at a time: the segment first, then the manifest that
 * lists it. Whoever commits a consumer offset does it after `write` returns, so a crash at any point
 * leaves either the segment unlisted (written again, under the same name, from the same offset) or
 * listed and durable.
 */
export class ArchiveWriter {
  private readonly manifests = new Map<string, PartitionManifest>();

  constructor(private readonly store: ArchiveStore) {}

  /** Where the archive is written, for the logs. */
  get location(): string {
    return this.store.location;
  }

  /**
   * Loads a topic's manifests (recording its partition count the first time) and removes the segments
   * a crash left unlisted after the last listed one. A topic whose partition count changed, or whose
   * segments outlived their manifest, is refused: that archive needs an operator.
   */
  async openTopic(topic: string, partitions: number): Promise<{ orphansRemoved: string[] }> {
    const layout = await this.store.readLayout(topic);
    if (layout === null) await this.store.writeLayout({ format: 1, topic, partitions });
    else if (layout.partitions !== partitions) {
      throw new Error(
        `L'archive de « ${topic} » (${this.store.location}) a été faite sur ${layout.partitions} partition(s), ` +
          `le topic en a maintenant ${partitions} : archivez-le ailleurs (ARCHIVE_DIR)`,
      );
    }
    const orphansRemoved: string[] = [];
    for (let partition = 0; partition < partitions; partition += 1) {
      const stored = await this.store.readManifest(topic, partition);
      const files = await this.store.segmentFiles(topic, partition);
      if (stored === null && files.length > 0) {
        throw new Error(
          `L'archive de ${topic}/${partition} (${this.store.location}) a des segments mais pas de manifeste : ` +
            'rien n’est écrit tant qu’un opérateur ne l’a pas examinée',
        );
      }
      const manifest = stored ?? emptyManifest(topic, partition);
      const listed = new Set(manifest.segments.map((s) => s.file));
      for (const file of files) {
        const offsets = parseSegmentFileName(file);
        if (listed.has(file) || offsets === null || offsets.firstOffset < nextOffset(manifest)) continue;
        await this.store.removeSegment(topic, partition, file);
        orphansRemoved.push(file);
      }
      this.manifests.set(key(topic, partition), manifest);
    }
    return { orphansRemoved };
  }

  manifest(topic: string, partition: number): PartitionManifest {
    const manifest = this.manifests.get(key(topic, partition));
    if (!manifest) throw new Error(`${topic}/${partition} n'est pas ouvert dans l'archive`);
    return manifest;
  }

  /** The first offset of the partition not archived yet. */
  nextOffset(topic: string, partition: number): number {
    return nextOffset(this.manifest(topic, partition));
  }

  /** Writes `records` (in offset order, after what is archived) as one segment, then its manifest. */
  async write(topic: string, partition: number, records: readonly ArchivedMessage[]): Promise<SegmentEntry> {
    const first = records[0];
    const last = records.at(-1);
    if (!first || !last) throw new Error('un segment tient au moins un message');
    const bytes = await encodeSegment(topic, partition, records);
    const entry: SegmentEntry = {
      file: segmentFileName(topic, partition, first.offset, last.offset),
      firstOffset: first.offset,
      lastOffset: last.offset,
      messages: records.length,
      bytes: bytes.length,
      sha256: sha256(bytes),
      firstTimestamp: iso(first.timestamp),
      lastTimestamp: iso(last.timestamp),
    };
    const manifest = withSegment(this.manifest(topic, partition), entry);
    await this.store.writeSegment(topic, partition, entry.file, bytes);
    await this.store.writeManifest(manifest);
    this.manifests.set(key(topic, partition), manifest);
    return entry;
  }
}

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;
