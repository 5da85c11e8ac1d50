import { DirectoryArchiveStore } from '@cci/event-archive';

/** How far each partition of `topic` is archived: its manifest's last offset + 1 (0 when none). */
export async function archivedEnds(archiveDir: string, topic: string, partitions: number): Promise<number[]> {
  const store = new DirectoryArchiveStore(archiveDir);
  const ends: number[] = [];
  for (let partition = 0; partition < partitions; partition += 1) {
    // A manifest is renamed into place whole, but the folder may not exist yet.
    const manifest = await store.readManifest(topic, partition).catch(() => null);
    ends.push(
      manifest?.lastArchivedOffset === null || manifest === null ? 0 : manifest.lastArchivedOffset + 1,
    );
  }
  return ends;
}
