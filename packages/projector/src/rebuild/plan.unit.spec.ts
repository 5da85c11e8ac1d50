import { describe, expect, it } from '@jest/globals';

import { decideRebuild } from './plan.js';

const bumped = [{ projection: 'com-progress', built: 1, current: 2 }];
const added = [{ projection: 'annual-report', built: null, current: 1 }];
const older = [{ projection: 'com-progress', built: 3, current: 2 }];

describe('what a rebuild does, given the versions that built the live generation', () => {
  it('replays and compares before switching when the code built the live generation', () => {
    expect(decideRebuild(4, [], { force: false })).toEqual({ kind: 'compare-then-switch' });
    expect(decideRebuild(4, [], { force: true })).toEqual({ kind: 'compare-then-switch' });
  });

  it('switches as soon as replayed, without comparing, when earlier versions built it', () => {
    expect(decideRebuild(4, bumped, { force: false })).toEqual({ kind: 'switch-when-replayed' });
    expect(decideRebuild(4, added, { force: false, onlyForNewVersions: true })).toEqual({
      kind: 'switch-when-replayed',
    });
  });

  it('leaves a generation later versions built, unless forced', () => {
    expect(decideRebuild(4, older, { force: false })).toEqual({
      kind: 'leave',
      message:
        'Génération 4 construite par des versions plus récentes des projections : pas de retour en arrière sans --force.',
    });
    expect(decideRebuild(4, older, { force: false, onlyForNewVersions: true })).toMatchObject({
      kind: 'leave',
    });
    expect(decideRebuild(4, older, { force: true })).toEqual({ kind: 'switch-when-replayed' });
  });

  it('leaves a generation the current versions built when asked to rebuild only for new versions', () => {
    expect(decideRebuild(4, [], { force: false, onlyForNewVersions: true })).toEqual({
      kind: 'leave',
      message: 'Génération 4 construite par les versions actuelles des projections : rien à reconstruire.',
    });
  });
});
