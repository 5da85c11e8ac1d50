import type { StoredRebuild } from '@cci/read-model-store';

export type RebuildDifference = StoredRebuild['differences'][number];

export type RebuildResult = {
  generation: number;
  switched: boolean;
  differences: RebuildDifference[];
  message: string;
};

export class RefusedRebuild extends Error {
  constructor(
    message: string,
    readonly found: RebuildDifference[] = [],
  ) {
    super(message);
  }
}
