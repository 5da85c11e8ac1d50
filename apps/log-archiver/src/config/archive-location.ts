import { DirectoryArchiveStore, s3ArchiveStore, type ArchiveStore } from '@cci/event-archive';

/** Where the archive is: a folder, or `s3://<bucket>/<prefix>` for an S3-compatible bucket. */
export type ArchiveLocation =
  { kind: 'directory'; path: string } | { kind: 's3'; bucket: string; prefix: string };

/** How an S3 location is reached: `ARCHIVE_S3_ENDPOINT` (none: AWS) and `ARCHIVE_S3_REGION`. */
export type S3Access = { endpoint: string | null; region: string };

const S3_URL = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/;

/** Reads `ARCHIVE_DIR` or `--archive`; an `s3://` value that names no valid bucket is refused. */
export function archiveLocation(value: string): ArchiveLocation {
  if (!value.startsWith('s3://')) return { kind: 'directory', path: value };
  const match = S3_URL.exec(value);
  if (!match)
    throw new Error(`« ${value} » ne désigne pas un compartiment S3 (s3://<compartiment>/<préfixe>)`);
  const prefix = match[2] ?? '';
  return {
    kind: 's3',
    bucket: match[1] ?? '',
    prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
  };
}

/** The store of a location; S3 credentials come from the SDK's usual chain (AWS_ACCESS_KEY_ID...). */
export function openArchive(location: ArchiveLocation, s3: S3Access): ArchiveStore {
  return location.kind === 'directory'
    ? new DirectoryArchiveStore(location.path)
    : s3ArchiveStore({
        bucket: location.bucket,
        prefix: location.prefix,
        region: s3.region,
        ...(s3.endpoint === null ? {} : { endpoint: s3.endpoint }),
      });
}
