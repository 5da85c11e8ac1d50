import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A read-model body as stored: its JSON, deflated. The documents the projectors rewrite most (a COM
 * indicator's progress, 60–120 KB of JSON) are mostly repeated keys and dates; at level 1 they shrink
 * about nine times for well under a millisecond of CPU, and the local engine's update bandwidth, not
 * the CPU, is what bounds a flush.
 */
export function encodeBody(doc: unknown): Buffer {
  return deflateRawSync(documentJson(doc, 0) ?? 'null', { level: 1 });
}

/**
 * Where a document's parts are cached: two levels down, a COM indicator's report row of one CCI, an
 * action, a SROM row of one macro-process.
 */
const PART_DEPTH = 2;

/**
 * The JSON text of document parts already encoded, by identity. Projections never change a document
 * in place once it has left the batch that folded it (a batch changes only its own working copies,
 * and forgets them when its documents are summarized to be written): a new event gives a new document
 * sharing every untouched part with the previous one (the report rows of the CCIs that did not
 * report), and a live projector rewrites the same documents flush after flush. Serialising those parts again at every flush was a live projector's largest cost. The
 * text lives as long as its part: a runner keeps at most its known documents in memory.
 */
const encodedParts = new WeakMap<object, string>();

/** `JSON.stringify(value)`, with the parts at `PART_DEPTH` taken from `encodedParts` when known. */
function documentJson(value: unknown, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null || 'toJSON' in value) return JSON.stringify(value);
  if (depth === PART_DEPTH) {
    let text = encodedParts.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      encodedParts.set(value, text);
    }
    return text;
  }
  if (Array.isArray(value))
    return `[${value.map((item) => documentJson(item, depth + 1) ?? 'null').join(',')}]`;
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const text = documentJson(member, depth + 1);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
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
