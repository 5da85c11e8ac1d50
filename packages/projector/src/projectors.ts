import {
  actionProgress,
  annualReport,
  campaignProgress,
  comProgress,
  declarationDrafts,
  directory,
  nationalRegionSummary,
  objectivesConvention,
  regionalSromMatrix,
  type Projection,
} from '@cci/domain';

import type { ProjectorDefinition } from './projector-runner.js';

/**
 * The regional read models: the SROM matrix, the COM progress with completeness, actions, conventions,
 * the reporting campaigns (each period's campaign, each CCI's entry sheet with its drafts, the annual
 * reports), and the directory of people and machine keys (which the read API and the gateway read).
 * The campaign documents are built from the same declarations as the COM progress, so they live
 * beside it: one projector, one consumer group, one replay when a version changes.
 */
export const regionalProjector: ProjectorDefinition = {
  name: 'regional',
  projections: [
    regionalSromMatrix,
    comProgress,
    actionProgress,
    objectivesConvention,
    campaignProgress,
    declarationDrafts,
    annualReport,
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
