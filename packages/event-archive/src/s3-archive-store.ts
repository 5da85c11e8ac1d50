import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';

import type { ArchiveStore } from './archive-store.js';
import { parseLayout, parseManifest, type PartitionManifest, type TopicLayout } from './manifest.js';

/**
 * The archive in an S3-compatible bucket, under `prefix`, with the directory store's layout as keys:
 * `<topic>/topic.json`, `<topic>/<partition>/manifest.json` and the segments beside it. A PUT is
 * whole or absent and acknowledged once stored, which is what the directory store gets from
 * write, fsync and rename; the writer's order (segment, then manifest, then the offset) is the same.
 */
export class S3ArchiveStore implements ArchiveStore {
  readonly location: string;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix = '',
  ) {
    this.location = `s3://${bucket}/${prefix}`;
  }

  async topics(): Promise<string[]> {
    const topics: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefix,
          Delimiter: '/',
          ContinuationToken: token,
        }),
      );
      for (const { Prefix } of page.CommonPrefixes ?? [])
        if (Prefix) topics.push(Prefix.slice(this.prefix.length, -1));
      token = page.NextContinuationToken;
    } while (token);
    return topics.sort();
  }

  async readLayout(topic: string): Promise<TopicLayout | null> {
    const key = this.key(topic, 'topic.json');
    const bytes = await this.get(key);
    return bytes === null ? null : parseLayout(bytes.toString('utf8'), this.where(key));
  }

  writeLayout(layout: TopicLayout): Promise<void> {
    return this.put(this.key(layout.topic, 'topic.json'), json(layout));
  }

  async readManifest(topic: string, partition: number): Promise<PartitionManifest | null> {
    const key = this.key(topic, String(partition), 'manifest.json');
    const bytes = await this.get(key);
    return bytes === null ? null : parseManifest(bytes.toString('utf8'), this.where(key));
  }

  writeManifest(manifest: PartitionManifest): Promise<void> {
    return this.put(this.key(manifest.topic, String(manifest.partition), 'manifest.json'), json(manifest));
  }

  writeSegment(topic: string, partition: number, file: string, bytes: Buffer): Promise<void> {
    return this.put(this.key(topic, String(partition), file), bytes);
  }

  async readSegment(topic: string, partition: number, file: string): Promise<Buffer> {
    const key = this.key(topic, String(partition), file);
    const bytes = await this.get(key);
    if (bytes === null) throw new Error(`${this.where(key)} est introuvable`);
    return bytes;
  }

  async segmentFiles(topic: string, partition: number): Promise<string[]> {
    const folder = this.key(topic, String(partition), '');
    const files: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: folder, ContinuationToken: token }),
      );
      for (const { Key } of page.Contents ?? []) {
        const name = Key?.slice(folder.length) ?? '';
        if (name.endsWith('.seg.gz') && !name.includes('/')) files.push(name);
      }
      token = page.NextContinuationToken;
    } while (token);
    return files.sort();
  }

  async removeSegment(topic: string, partition: number, file: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(topic, String(partition), file) }),
    );
  }

  private key(...parts: string[]): string {
    return `${this.prefix}${parts.join('/')}`;
  }

  private where(key: string): string {
    return `s3://${this.bucket}/${key}`;
  }

  private async put(key: string, body: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body }));
  }

  /** The object's bytes, or null when there is none. */
  private async get(key: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }
}

export type S3ArchiveSettings = {
  bucket: string;
  /** Keys start with it, e.g. `cci/`; empty: at the bucket's root. */
  prefix?: string;
  /** An S3-compatible server's address; none: AWS's own, found from the region. */
  endpoint?: string;
  region: string;
  /** None: the SDK's usual chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, a role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/**
 * An S3 store with its client. Another server than AWS's is addressed by path (`<endpoint>/<bucket>/`),
 * which every S3-compatible server serves, and is sent checksums only where S3 requires them, since not
 * every such server knows the SDK's newer default ones.
 */
export function s3ArchiveStore(settings: S3ArchiveSettings): S3ArchiveStore {
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint === undefined
      ? {}
      : {
          endpoint: settings.endpoint,
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  });
  return new S3ArchiveStore(client, settings.bucket, settings.prefix ?? '');
}

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
