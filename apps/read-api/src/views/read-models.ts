import { Inject, Injectable } from '@nestjs/common';
import {
  actionProgress,
  actionProgressId,
  comProgress,
  nationalRegionSummary,
  objectivesConvention,
  regionalSromMatrix,
  sromMatrixId,
  type ComIndicatorProgress,
  type NationalRegionSummary,
  type ObjectivesConventionView,
  type RegionalActionProgress,
  type RegionalSromMatrix,
  type ReferenceData,
} from '@cci/domain';
import { ProjectorStatuses, ReadModelReader, type StoredProjectorStatus } from '@cci/read-model-store';
import type { Connection } from 'mongoose';

import { DATABASE, REFERENCE_DATA } from '../config/tokens.js';

export type NationalSource =
  | { summaries: readonly NationalRegionSummary[] }
  | { regional: ReadonlyMap<string, RegionalModels>; asOf: { date: string; instantMs: number } };

export type RegionalModels = {
  matrix: RegionalSromMatrix;
  coms: ComIndicatorProgress[];
  actions: RegionalActionProgress;
  conventions: ObjectivesConventionView[];
};

/** The read models of both projectors, from their active generations; a model not written yet reads as empty. */
@Injectable()
export class ReadModels {
  readonly reader: ReadModelReader;
  readonly statuses: ProjectorStatuses;

  constructor(
    @Inject(DATABASE) connection: Connection,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {
    this.reader = new ReadModelReader(connection);
    this.statuses = new ProjectorStatuses(connection);
  }

  async regional(regionId: string): Promise<RegionalModels> {
    const { reference, reader } = this;
    const [matrix, coms, actions, conventions] = await Promise.all([
      reader.get<RegionalSromMatrix>('regional', regionalSromMatrix.name, sromMatrixId(regionId)),
      reader.byRegion<ComIndicatorProgress>('regional', comProgress.name, regionId),
      reader.get<RegionalActionProgress>('regional', actionProgress.name, actionProgressId(regionId)),
      reader.byRegion<ObjectivesConventionView>('regional', objectivesConvention.name, regionId),
    ]);
    const empty = <D>(
      projection: { initial(id: string, r: ReferenceData): D; summarize(d: D, r: ReferenceData): D },
      id: string,
    ) => projection.summarize(projection.initial(id, reference), reference);
    return {
      matrix: matrix ?? empty(regionalSromMatrix, sromMatrixId(regionId)),
      coms,
      actions: actions ?? empty(actionProgress, actionProgressId(regionId)),
      conventions,
    };
  }

  async allRegional(): Promise<Map<string, RegionalModels>> {
    const regionIds = this.reference.regions
      .filter((r) => this.reference.ccisOfRegion(r.id).length > 0)
      .map((r) => r.id);
    return new Map(await Promise.all(regionIds.map(async (id) => [id, await this.regional(id)] as const)));
  }

  nationalSummaries(): Promise<NationalRegionSummary[]> {
    return this.reader.all<NationalRegionSummary>('national', nationalRegionSummary.name);
  }

  /** What the national view is built from: the national summaries now, the regional models for a past date. */
  async nationalSource(asOf: { date: string; instantMs: number } | null): Promise<NationalSource> {
    return asOf
      ? { regional: await this.allRegional(), asOf }
      : { summaries: await this.nationalSummaries() };
  }

  projectorStatuses(projector?: string): Promise<StoredProjectorStatus[]> {
    return this.statuses.list(projector);
  }
}
