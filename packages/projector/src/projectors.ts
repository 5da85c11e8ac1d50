import {
  actionProgress,
  comProgress,
  directory,
  nationalRegionSummary,
  objectivesConvention,
  regionalSromMatrix,
  type Projection,
} from '@cci/domain';

import type { ProjectorDefinition } from './projector-runner.js';

/**
 * The regional read models: the SROM matrix, the COM progress with completeness, actions, conventions,
 * and the directory of people and machine keys (which the read API and the gateway read).
 */
export const regionalProjector: ProjectorDefinition = {
  name: 'regional',
  projections: [
    regionalSromMatrix,
    comProgress,
    actionProgress,
    objectivesConvention,
    directory,
  ] as Projection<unknown>[],
};

/** The national consolidation: one compact summary per region, from which France's totals are computed. */
export const nationalProjector: ProjectorDefinition = {
  name: 'national',
  projections: [nationalRegionSummary] as Projection<unknown>[],
};

export const PROJECTORS = { regional: regionalProjector, national: nationalProjector } as const;
export type ProjectorName = keyof typeof PROJECTORS;
