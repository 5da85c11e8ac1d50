import {
  actionProgress,
  comProgress,
  objectivesConvention,
  regionalSromMatrix,
  type Projection,
} from '@cci/domain';
import type { ProjectorDefinition } from '@cci/projector';

/** The regional read models: the SROM matrix, the COM progress with completeness, actions, conventions. */
export const regionalProjector: ProjectorDefinition = {
  name: 'regional',
  projections: [
    regionalSromMatrix,
    comProgress,
    actionProgress,
    objectivesConvention,
  ] as Projection<unknown>[],
};
