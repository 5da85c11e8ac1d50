import { Inject, Injectable } from '@nestjs/common';
import {
  actionProgress,
  actionProgressId,
  annualReport,
  campaignProgress,
  campaignProgressId,
  comProgress,
  declarationDrafts,
  declarationDraftsId,
  nationalRegionSummary,
  objectivesConvention,
  regionalSromMatrix,
  sromMatrixId,
  type AnnualReportCycle,
  type CampaignProgress,
  type ComIndicatorProgress,
  type DeclarationDrafts,
  type NationalRegionSummary,
  type ObjectivesConventionView,
  type RegionalActionProgress,
  type RegionalSromMatrix,
  type ReferenceData,
} from '@cci/domain';
import {
  ProjectorStatuses,
  ReadModelReader,
  type GenerationRevisions,
  type StoredProjectorStatus,
} from '@cci/read-model-store';
import type { Connection } from 'mongoose';

import { DATABASE, REFERENCE_DATA } from '../config/tokens.js';

export type NationalSource =
  | { summaries: readonly NationalRegionSummary[] }
  | {
      regional: ReadonlyMap<string, RegionalModels>;
      /** Each region's campaign documents, whose closings are dated. */
      campaigns: ReadonlyMap<string, readonly CampaignProgress[]>;
      asOf: { date: string; instantMs: number };
    };

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
    return (await this.regionalWithRevisions(regionId)).models;
  }

  /**
   * A region's read models and their revisions, in one read of each: a view read for the first time
   * and its validator, which `regionalRevisions` gives alone for a revalidation.
   */
  async regionalWithRevisions(
    regionId: string,
  ): Promise<{ models: RegionalModels; revisions: Record<string, GenerationRevisions> }> {
    const { reference, reader } = this;
    const [matrix, coms, actions, conventions] = await Promise.all([
      reader.withRevisions<RegionalSromMatrix>('regional', regionalSromMatrix.name, {
        id: sromMatrixId(regionId),
      }),
      reader.withRevisions<ComIndicatorProgress>('regional', comProgress.name, { regionId }),
      reader.withRevisions<RegionalActionProgress>('regional', actionProgress.name, {
        id: actionProgressId(regionId),
      }),
      reader.withRevisions<ObjectivesConventionView>('regional', objectivesConvention.name, { regionId }),
    ]);
    const empty = <D>(
      projection: { initial(id: string, r: ReferenceData): D; summarize(d: D, r: ReferenceData): D },
      id: string,
    ) => projection.summarize(projection.initial(id, reference), reference);
    const revisions = ({ generation, documents }: GenerationRevisions) => ({ generation, documents });
    return {
      models: {
        matrix: matrix.bodies[0] ?? empty(regionalSromMatrix, sromMatrixId(regionId)),
        coms: coms.bodies,
        actions: actions.bodies[0] ?? empty(actionProgress, actionProgressId(regionId)),
        conventions: conventions.bodies,
      },
      revisions: {
        matrix: revisions(matrix),
        coms: revisions(coms),
        actions: revisions(actions),
        conventions: revisions(conventions),
      },
    };
  }

  /** The documents `regional` reads, as revisions: keep the two in step. */
  async regionalRevisions(regionId: string): Promise<Record<string, GenerationRevisions>> {
    const { reader } = this;
    const [matrix, coms, actions, conventions] = await Promise.all([
      reader.revisions('regional', regionalSromMatrix.name, { id: sromMatrixId(regionId) }),
      reader.revisions('regional', comProgress.name, { regionId }),
      reader.revisions('regional', actionProgress.name, { id: actionProgressId(regionId) }),
      reader.revisions('regional', objectivesConvention.name, { regionId }),
    ]);
    return { matrix, coms, actions, conventions };
  }

  private regionsWithCcis(): string[] {
    return this.reference.regions
      .filter((r) => this.reference.ccisOfRegion(r.id).length > 0)
      .map((r) => r.id);
  }

  async allRegional(): Promise<Map<string, RegionalModels>> {
    return new Map(
      await Promise.all(this.regionsWithCcis().map(async (id) => [id, await this.regional(id)] as const)),
    );
  }

  /** A region's campaign for one period; null when nothing of it is recorded yet. */
  async campaign(regionId: string, period: string): Promise<CampaignProgress | null> {
    return this.reader.get<CampaignProgress>(
      'regional',
      campaignProgress.name,
      campaignProgressId(regionId, period),
    );
  }

  /** Every campaign document of a region (one per period with something recorded). */
  campaigns(regionId: string): Promise<CampaignProgress[]> {
    return this.reader.byRegion<CampaignProgress>('regional', campaignProgress.name, regionId);
  }

  /** A CCI's entry sheet for a period: its drafts and the versions its commands name. */
  drafts(cciId: string, period: string): Promise<DeclarationDrafts | null> {
    return this.reader.get<DeclarationDrafts>(
      'regional',
      declarationDrafts.name,
      declarationDraftsId(cciId, period),
    );
  }

  annualReports(regionId: string): Promise<AnnualReportCycle[]> {
    return this.reader.byRegion<AnnualReportCycle>('regional', annualReport.name, regionId);
  }

  nationalSummaries(): Promise<NationalRegionSummary[]> {
    return this.reader.all<NationalRegionSummary>('national', nationalRegionSummary.name);
  }

  /** The national summaries and their revisions, in one read: today's national view and its validator. */
  async nationalSummariesWithRevisions(): Promise<{
    summaries: NationalRegionSummary[];
    revisions: Record<string, GenerationRevisions>;
  }> {
    const read = await this.reader.withRevisions<NationalRegionSummary>(
      'national',
      nationalRegionSummary.name,
      'all',
    );
    return {
      summaries: read.bodies,
      revisions: { summaries: { generation: read.generation, documents: read.documents } },
    };
  }

  /** What the national view is built from: the national summaries now, the regional models for a past date. */
  async nationalSource(asOf: { date: string; instantMs: number } | null): Promise<NationalSource> {
    if (!asOf) return { summaries: await this.nationalSummaries() };
    const regionIds = this.regionsWithCcis();
    const [regional, campaigns] = await Promise.all([
      this.allRegional(),
      Promise.all(regionIds.map(async (id) => [id, await this.campaigns(id)] as const)),
    ]);
    return { regional, campaigns: new Map(campaigns), asOf };
  }

  /**
   * The documents `nationalSource` reads, as revisions: keep the two in step. As of a date, every
   * region's (those without CCIs have none).
   */
  async nationalSourceRevisions(
    asOf: { date: string; instantMs: number } | null,
  ): Promise<Record<string, GenerationRevisions>> {
    const { reader } = this;
    if (!asOf) return { summaries: await reader.revisions('national', nationalRegionSummary.name, 'all') };
    const every = (projection: { name: string }) => reader.revisions('regional', projection.name, 'all');
    const [matrices, coms, actions, conventions, campaigns] = await Promise.all([
      every(regionalSromMatrix),
      every(comProgress),
      every(actionProgress),
      every(objectivesConvention),
      every(campaignProgress),
    ]);
    return { matrices, coms, actions, conventions, campaigns };
  }

  projectorStatuses(projector?: string): Promise<StoredProjectorStatus[]> {
    return this.statuses.list(projector);
  }
}
