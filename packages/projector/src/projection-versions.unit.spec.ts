import { describe, expect, it } from '@jest/globals';

import { codeIsNewer, describeVersionChange, versionChanges } from './projection-versions.js';

const code = [
  { name: 'regional-srom-matrix', version: 2 },
  { name: 'com-progress', version: 1 },
];

describe('projection versions of a generation against the code', () => {
  it('find nothing to change in a generation the same versions built, or in one not written yet', () => {
    const same = { 'regional-srom-matrix': 2, 'com-progress': 1 };
    expect(versionChanges([same, same], code)).toEqual([]);
    expect(versionChanges([], code)).toEqual([]);
  });

  it('name each projection whose version moved, once, whatever the partition that recorded it', () => {
    const changes = versionChanges(
      [
        { 'regional-srom-matrix': 1, 'com-progress': 1 },
        { 'regional-srom-matrix': 1, 'com-progress': 1 },
      ],
      code,
    );
    expect(changes.map(describeVersionChange)).toEqual(['regional-srom-matrix : version 1 → 2']);
    expect(codeIsNewer(changes)).toBe(true);
  });

  it('names a projection the generation never had, and ignores one the code dropped', () => {
    const changes = versionChanges([{ 'regional-srom-matrix': 2, 'audit-trail': 4 }], code);
    expect(changes.map(describeVersionChange)).toEqual(['com-progress : absente → 1']);
    expect(codeIsNewer(changes)).toBe(true);
  });

  it('tells a generation a later release built, which an earlier one must not rebuild back', () => {
    const changes = versionChanges([{ 'regional-srom-matrix': 3, 'com-progress': 1 }], code);
    expect(changes).toEqual([{ projection: 'regional-srom-matrix', built: 3, current: 2 }]);
    expect(codeIsNewer(changes)).toBe(false);
  });
});
