import {
  actionProgress,
  actionProgressId,
  comProgress,
  consolidateNational,
  nationalRegionSummary,
  reconcileNational,
  regionalSromMatrix,
  regionFiguresOfNationalSummary,
  sromMatrixId,
  type ComIndicatorProgress,
  type NationalRegionSummary,
  type ReferenceData,
  type RegionalActionProgress,
  type RegionalReadModels,
  type RegionalSromMatrix,
} from '@cci/domain';
import { compareWithFreshReplay, PROJECTORS, type ProjectorName } from '@cci/projector';
import { ReadModelReader, type StoredReconciliation } from '@cci/read-model-store';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

export type ReconciliationResult = Omit<StoredReconciliation, '_id'>;

/**
 * Checks that France's totals equal the sum of the regions (the national summaries against the
 * regional read models), then that each projector's live read models equal a fresh replay of the log.
 * Each replay pauses that projector's live instances briefly; a shutdown stops between the steps.
 */
export async function reconcile(
  kafka: Kafka,
  connection: Connection,
  reference: ReferenceData,
  topic: string,
  requestedBy: string,
  signal: AbortSignal,
): Promise<ReconciliationResult> {
  const started = Date.now();
  const reader = new ReadModelReader(connection);
  const [summaries, regional] = await Promise.all([
    reader.all<NationalRegionSummary>('national', nationalRegionSummary.name),
    regionalModels(reader, reference),
  ]);
  const national = reconcileNational(
    {
      regions: summaries,
      totals: consolidateNational(summaries.map(regionFiguresOfNationalSummary), reference),
    },
    regional,
    reference,
  );
  const replays = [];
  for (const name of Object.keys(PROJECTORS) as ProjectorName[]) {
    signal.throwIfAborted();
    const comparison = await compareWithFreshReplay(kafka, connection, reference, PROJECTORS[name], topic);
    replays.push({
      projector: name,
      generation: comparison.generation,
      events: comparison.events,
      differences: comparison.differences,
    });
  }
  return {
    ranAt: new Date(),
    durationMs: Date.now() - started,
    requestedBy,
    ok: national.differences.length === 0 && replays.every((r) => r.differences.length === 0),
    national,
    replays,
  };
}

/**
 * The regional read models the national figures are checked against, for every region with CCIs: a
 * region with nothing projected yet counts with empty models, as the read API shows it.
 */
async function regionalModels(
  reader: ReadModelReader,
  reference: ReferenceData,
): Promise<RegionalReadModels> {
  const regionIds = reference.regions.filter((r) => reference.ccisOfRegion(r.id).length > 0).map((r) => r.id);
  const empty = <D>(
    projection: { initial(id: string, r: ReferenceData): D; summarize(d: D, r: ReferenceData): D },
    id: string,
  ) => projection.summarize(projection.initial(id, reference), reference);
  const regions = await Promise.all(
    regionIds.map(async (regionId) => {
      const [matrix, coms, actions] = await Promise.all([
        reader.get<RegionalSromMatrix>('regional', regionalSromMatrix.name, sromMatrixId(regionId)),
        reader.byRegion<ComIndicatorProgress>('regional', comProgress.name, regionId),
        reader.get<RegionalActionProgress>('regional', actionProgress.name, actionProgressId(regionId)),
      ]);
      return {
        regionId,
        matrix: matrix ?? empty(regionalSromMatrix, sromMatrixId(regionId)),
        coms,
        actions: actions ?? empty(actionProgress, actionProgressId(regionId)),
      };
    }),
  );
  return {
    matrices: new Map(regions.map((r) => [`srom-matrix:${r.regionId}`, r.matrix])),
    coms: new Map(
      regions.flatMap((r) => r.coms.map((c) => [`com-progress:${r.regionId}:${c.indicatorId}`, c] as const)),
    ),
    actions: new Map(regions.map((r) => [`action-progress:${r.regionId}`, r.actions])),
  };
}
