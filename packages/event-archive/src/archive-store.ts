import type { PartitionManifest, TopicLayout } from './manifest.js';

/**
 * Where the archive lives. A directory today (`DirectoryArchiveStore`); an S3-compatible bucket is the
 * production option, behind the same operations. Every write is all or nothing: a reader never sees
 * part of a file, and a crash leaves the previous version or the new one.
 */
export type ArchiveStore = {
  /** Says where the archive is, for messages. */
  readonly location: string;
  topics(): Promise<string[]>;
  readLayout(topic: string): Promise<TopicLayout | null>;
  writeLayout(layout: TopicLayout): Promise<void>;
  readManifest(topic: string, partition: number): Promise<PartitionManifest | null>;
  writeManifest(manifest: PartitionManifest): Promise<void>;
  writeSegment(topic: string, partition: number, file: string, bytes: Buffer): Promise<void>;
  readSegment(topic: string, partition: number, file: string): Promise<Buffer>;
  /** Every segment file of a partition, listed or not in its manifest. */
  segmentFiles(topic: string, partition: number): Promise<string[]>;
  removeSegment(topic: string, partition: number, file: string): Promise<void>;
};
