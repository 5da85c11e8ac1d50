import { describe, expect, it } from '@jest/globals';

import {
  chooseWriter,
  decodeCandidate,
  decodeChoice,
  encodeCandidate,
  encodeChoice,
} from './writer-choice.js';

const member = (memberId: string, claim: number | null, knownTerm: number, retired = false) => ({
  memberId,
  url: `http://${memberId}:3100`,
  claim,
  knownTerm,
  retired,
});

describe('choosing the ingest instance that decides', () => {
  it('chooses one instance for a first term when nobody writes yet', () => {
    expect(chooseWriter([member('b', null, 0), member('a', null, 0)])).toEqual({
      term: 1,
      writer: 'a',
      url: 'http://a:3100',
    });
  });

  it('keeps the instance that writes when another joins, even one that sorts first', () => {
    expect(chooseWriter([member('b', 3, 3), member('a', null, 0)])).toEqual({
      term: 3,
      writer: 'b',
      url: 'http://b:3100',
    });
  });

  it('chooses anew, for a later term, when the instance that wrote has left', () => {
    expect(chooseWriter([member('c', null, 3), member('d', null, 3)])).toMatchObject({
      term: 4,
      writer: 'c',
    });
  });

  it('does not give the role back to an instance that was cut off and still claims an older term', () => {
    const stale = member('a', 2, 2);
    expect(chooseWriter([stale, member('b', 3, 3), member('c', null, 3)])).toMatchObject({
      term: 3,
      writer: 'b',
    });
    expect(chooseWriter([stale, member('c', null, 3)])).toMatchObject({ term: 4, writer: 'a' });
  });

  it('never chooses a consumer its instance replaced, even one still claiming the current term', () => {
    expect(chooseWriter([member('a', 3, 3, true), member('b', null, 3)])).toMatchObject({
      term: 4,
      writer: 'b',
    });
  });

  it('carries what members say and what they learn through the group unchanged', () => {
    const said = { url: 'http://a:3100', claim: 5, knownTerm: 5, retired: false };
    expect(decodeCandidate('a', encodeCandidate(said))).toEqual({ memberId: 'a', ...said });
    const choice = { term: 5, writer: 'a', url: 'http://a:3100' };
    expect(decodeChoice(encodeChoice(choice))).toEqual(choice);
    expect(decodeChoice(Buffer.alloc(0))).toBeNull();
  });
});
