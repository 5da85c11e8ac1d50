import { nationalRegionSummary, type Projection } from '@cci/domain';
import type { ProjectorDefinition } from '@cci/projector';

/** The national consolidation: one compact summary per region, from which France's totals are computed. */
export const nationalProjector: ProjectorDefinition = {
  name: 'national',
  projections: [nationalRegionSummary] as Projection<unknown>[],
};
