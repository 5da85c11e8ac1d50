import { decodeSegment, DirectoryArchiveStore, type ArchivedMessage } from '@cci/event-archive';

export type Placed = ArchivedMessage & { partition: number };

/** Every message the archive holds of `topic`, partition by partition, in manifest order. */
export async function archivedMessages(archiveDir: string, topic: string): Promise<Placed[]> {
  const store = new DirectoryArchiveStore(archiveDir);
  const layout = await store.readLayout(topic);
  const all: Placed[] = [];
  for (let partition = 0; partition < (layout?.partitions ?? 0); partition += 1) {
    const manifest = await store.readManifest(topic, partition);
    for (const segment of manifest?.segments ?? []) {
      const { records } = await decodeSegment(await store.readSegment(topic, partition, segment.file));
      all.push(...records.map((record) => ({ ...record, partition })));
    }
  }
  return all;
}

/** How many messages of each partition the manifests say are archived (offset of the last + 1). */
export async function archivedUpTo(archiveDir: string, topic: string, partitions: number): Promise<number[]> {
  const store = new DirectoryArchiveStore(archiveDir);
  const ends: number[] = [];
  for (let partition = 0; partition < partitions; partition += 1) {
    const last = (await store.readManifest(topic, partition).catch(() => null))?.lastArchivedOffset ?? null;
    ends.push(last === null ? 0 : last + 1);
  }
  return ends;
}
