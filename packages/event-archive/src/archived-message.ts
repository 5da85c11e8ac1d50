/**
 * A message exactly as the broker stored it: what the archive keeps and what a restore produces again.
 * Headers are a list, not a map, because Kafka allows a header name more than once.
 */
export type ArchivedMessage = {
  offset: number;
  /** The broker's timestamp (CreateTime: the producer's clock), in milliseconds since the epoch. */
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: (readonly [name: string, value: Buffer | null])[];
};
