import type { ProjectorStatuses, ProjectorStore } from '@cci/read-model-store';

import type { ProjectorDefinition, ProjectorLogger } from '../projector-runner.js';
import type { RebuildHeartbeat } from './heartbeat.js';
import type { LogExtent } from './log-extent.js';
import type { RebuildProgress } from './progress.js';
import type { GenerationReplay } from './replay.js';

/** A rebuild under way, as its phases share it: the live generation, the one it writes, and how. */
export type RebuildUnderWay = {
  definition: ProjectorDefinition;
  store: ProjectorStore;
  statuses: ProjectorStatuses;
  /** The generation the readers use until the switch. */
  live: number;
  /** The generation the rebuild writes. */
  generation: number;
  extent: LogExtent;
  replay: GenerationReplay;
  progress: RebuildProgress;
  heartbeat: RebuildHeartbeat;
  pollMs: number;
  log: ProjectorLogger;
};
