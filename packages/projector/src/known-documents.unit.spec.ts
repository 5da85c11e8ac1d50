import { describe, expect, it } from '@jest/globals';

import { KnownDocuments } from './known-documents.js';

const at = (revision: number) => ({ revision, doc: { revision } });

describe('the documents a runner keeps between flushes', () => {
  it('keeps, beyond its capacity, the documents used last', () => {
    const known = new KnownDocuments(2);
    known.set('com-progress', 'a', at(1));
    known.set('com-progress', 'b', at(1));
    known.set('srom-matrix', 'a', at(4));
    expect(known.get('com-progress', 'a')).toEqual(at(1));
    known.trim();
    expect(known.size).toBe(2);
    expect(known.has('com-progress', 'b')).toBe(false);
    expect(known.get('com-progress', 'a')).toEqual(at(1));
    expect(known.get('srom-matrix', 'a')).toEqual(at(4));
  });

  it('holds more than its capacity until trimmed, so that a batch finds what was loaded for it', () => {
    const known = new KnownDocuments(1);
    for (const id of ['a', 'b', 'c']) known.set('com-progress', id, at(1));
    expect(known.size).toBe(3);
    known.set('com-progress', 'a', at(2));
    known.trim();
    expect(known.get('com-progress', 'a')).toEqual(at(2));
    expect(known.size).toBe(1);
  });
});
