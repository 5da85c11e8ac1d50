import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A read-model body as stored: its JSON, deflated. The documents the projectors rewrite most (a COM
 * indicator's progress, 60–120 KB of JSON) are mostly repeated keys and dates; at level 1 they shrink
 * about nine times for well under a millisecond of CPU, and the local engine's update bandwidth, not
 * the CPU, is what bounds a flush.
 */
export function encodeBody(doc: unknown): Buffer {
  return deflateRawSync(JSON.stringify(doc), { level: 1 });
}

/**
 * The driver hands binary data back as a BSON `Binary` (its bytes in `buffer`); a JSON string is how
 * bodies were stored before they were deflated, and a database written then still reads.
 */
export function decodeBody(stored: string | Uint8Array | { buffer: Uint8Array }): unknown {
  if (typeof stored === 'string') return JSON.parse(stored);
  const bytes = stored instanceof Uint8Array ? stored : stored.buffer;
  return JSON.parse(inflateRawSync(bytes).toString('utf8'));
}
