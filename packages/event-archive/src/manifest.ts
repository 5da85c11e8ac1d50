/** One closed segment, as its partition's manifest lists it. */
export type SegmentEntry = {
  file: string;
  firstOffset: number;
  lastOffset: number;
  messages: number;
  bytes: number;
  sha256: string;
  firstTimestamp: string;
  lastTimestamp: string;
};

/**
 * What is archived of one partition, in log order. It is written after its segments and before the
 * consumer's offset is committed: the manifest, not the consumer group, says where archiving resumes.
 */
export type PartitionManifest = {
  format: 1;
  topic: string;
  partition: number;
  segments: SegmentEntry[];
  lastArchivedOffset: number | null;
  lastEventTimestamp: string | null;
};

/** A topic's partition count, which a restore must give the new topic so that every key stays put. */
export type TopicLayout = { format: 1; topic: string; partitions: number };

export function emptyManifest(topic: string, partition: number): PartitionManifest {
  return { format: 1, topic, partition, segments: [], lastArchivedOffset: null, lastEventTimestamp: null };
}

/** The first offset not archived yet. */
export function nextOffset(manifest: PartitionManifest): number {
  return manifest.lastArchivedOffset === null ? 0 : manifest.lastArchivedOffset + 1;
}

/** The manifest with one more segment after the others; a segment overlapping them is a bug upstream. */
export function withSegment(manifest: PartitionManifest, entry: SegmentEntry): PartitionManifest {
  if (manifest.lastArchivedOffset !== null && entry.firstOffset <= manifest.lastArchivedOffset) {
    throw new Error(
      `Le segment ${entry.file} recouvre l'archive de ${manifest.topic}/${manifest.partition}, qui va jusqu'à l'offset ${manifest.lastArchivedOffset}`,
    );
  }
  return {
    ...manifest,
    segments: [...manifest.segments, entry],
    lastArchivedOffset: entry.lastOffset,
    lastEventTimestamp: entry.lastTimestamp,
  };
}

/** A manifest read back from its JSON; throws, in French, on anything else. */
export function parseManifest(text: string, where: string): PartitionManifest {
  const parsed = parseJson(text, where) as Partial<PartitionManifest>;
  if (
    parsed.format !== 1 ||
    typeof parsed.topic !== 'string' ||
    typeof parsed.partition !== 'number' ||
    !Array.isArray(parsed.segments)
  ) {
    throw new Error(`Le manifeste ${where} est illisible (format inconnu ou champs manquants)`);
  }
  return parsed as PartitionManifest;
}

export function parseLayout(text: string, where: string): TopicLayout {
  const parsed = parseJson(text, where) as Partial<TopicLayout>;
  if (parsed.format !== 1 || typeof parsed.topic !== 'string' || !Number.isInteger(parsed.partitions)) {
    throw new Error(`La description du topic ${where} est illisible (format inconnu ou champs manquants)`);
  }
  return parsed as TopicLayout;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Le fichier ${where} n'est pas du JSON valide`);
  }
}
