import type { ArchiveStore } from './archive-store.js';
import { emptyManifest, type PartitionManifest, type TopicLayout } from './manifest.js';
import { sha256 } from './segment-format.js';

export type VerifiedTopic = { layout: TopicLayout; manifests: PartitionManifest[] };

/** An archive a restore must not use; the message names the file and what is wrong, in French. */
export class DamagedArchiveError extends Error {
  override readonly name = 'DamagedArchiveError';
}

/**
 * Checks the archive of `topics` before anything is restored: every topic described, every segment its
 * manifest lists present with the SHA-256 recorded, the segments in log order without overlap. Reads
 * every byte once; decodes nothing.
 */
export async function verifyArchive(
  store: ArchiveStore,
  topics: readonly string[],
): Promise<VerifiedTopic[]> {
  const verified: VerifiedTopic[] = [];
  for (const topic of topics) {
    const layout = await store.readLayout(topic);
    if (layout === null)
      throw new DamagedArchiveError(`L'archive ${store.location} ne contient pas le topic « ${topic} »`);
    const manifests: PartitionManifest[] = [];
    for (let partition = 0; partition < layout.partitions; partition += 1) {
      // A partition that never held a message has no manifest: it is restored empty.
      const manifest = (await store.readManifest(topic, partition)) ?? emptyManifest(topic, partition);
      let previous = -1;
      for (const segment of manifest.segments) {
        const where = `${topic}/${partition}/${segment.file}`;
        if (segment.firstOffset <= previous || segment.lastOffset < segment.firstOffset) {
          throw new DamagedArchiveError(
            `Le segment ${where} recouvre le précédent (offsets ${segment.firstOffset} à ${segment.lastOffset})`,
          );
        }
        previous = segment.lastOffset;
        const bytes = await store.readSegment(topic, partition, segment.file).catch(() => null);
        if (bytes === null) throw new DamagedArchiveError(`Le segment ${where} est introuvable`);
        const actual = sha256(bytes);
        if (actual !== segment.sha256) {
          throw new DamagedArchiveError(
            `Le segment ${where} est corrompu : son empreinte SHA-256 (${actual}) diffère de celle du manifeste (${segment.sha256})`,
          );
        }
      }
      manifests.push(manifest);
    }
    verified.push({ layout, manifests });
  }
  return verified;
}
