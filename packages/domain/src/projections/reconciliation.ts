import type { ReferenceData } from '../reference/reference-data.js';
import { actionProgress, actionProgressId, type RegionalActionProgress } from './action-progress.js';
import { comProgressId, type ComIndicatorProgress } from './com-progress.js';
import {
  regionDeclarationFigures,
  type IndicatorDeclarations,
  type RegionDeclarationFigures,
} from './declaration-figures.js';
import {
  consolidateNational,
  nationalRegionId,
  nationalRegionSummary,
  type NationalRegionSummary,
  type NationalTotals,
  type RegionFigures,
} from './national-consolidation.js';
import { regionalSromMatrix, sromMatrixId, type RegionalSromMatrix } from './regional-srom-matrix.js';

/** One place where two computations that must agree do not. */
export type Difference = { path: string; expected: unknown; actual: unknown };

const RELATIVE_TOLERANCE = 1e-9;

/**
 * Field-by-field comparison of two JSON-like values; numbers are equal within a relative 1e-9 (means
 * computed in another order may differ in their last bits). Key order does not matter.
 */
export function differences(expected: unknown, actual: unknown, path = '', limit = 50): Difference[] {
  const found: Difference[] = [];
  const walk = (e: unknown, a: unknown, at: string): void => {
    if (found.length >= limit) return;
    if (typeof e === 'number' && typeof a === 'number') {
      if (e !== a && Math.abs(e - a) > RELATIVE_TOLERANCE * Math.max(Math.abs(e), Math.abs(a)))
        found.push({ path: at, expected: e, actual: a });
      return;
    }
    if (Array.isArray(e) && Array.isArray(a)) {
      if (e.length !== a.length) {
        found.push({ path: `${at}.length`, expected: e.length, actual: a.length });
        return;
      }
      e.forEach((item, i) => {
        walk(item, a[i], `${at}[${i}]`);
      });
      return;
    }
    if (
      e !== null &&
      a !== null &&
      typeof e === 'object' &&
      typeof a === 'object' &&
      !Array.isArray(e) &&
      !Array.isArray(a)
    ) {
      const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
      for (const key of [...keys].sort()) {
        walk(
          (e as Record<string, unknown>)[key],
          (a as Record<string, unknown>)[key],
          at === '' ? key : `${at}.${key}`,
        );
      }
      return;
    }
    if (e !== a) found.push({ path: at, expected: e, actual: a });
  };
  walk(expected, actual, path);
  return found;
}

export type RegionalReadModels = {
  matrices: ReadonlyMap<string, RegionalSromMatrix>;
  coms: ReadonlyMap<string, ComIndicatorProgress>;
  actions: ReadonlyMap<string, RegionalActionProgress>;
};

/** What a region's declarations give in the regional read models: the figures of its COM progress documents. */
function declarationFiguresFromRegionalModels(
  regionId: string,
  models: RegionalReadModels,
  reference: ReferenceData,
): RegionDeclarationFigures {
  const declarations: IndicatorDeclarations[] = reference.indicatorsOfRegion(regionId).map((indicator) => {
    const doc = models.coms.get(comProgressId(regionId, indicator.id));
    return {
      indicator,
      cells: Object.fromEntries(
        Object.entries(doc?.reports ?? {}).map(([cciId, row]) => [
          cciId,
          Object.fromEntries(
            Object.entries(row).map(([period, cell]) => [
              period,
              {
                value: cell.value,
                status: cell.status,
                validatedValue: cell.validatedValue,
                onTime: cell.onTime,
              },
            ]),
          ),
        ]),
      ),
      targets: Object.fromEntries(
        Object.entries(doc?.targets ?? {}).map(([cciId, row]) => [
          cciId,
          Object.fromEntries(Object.entries(row).map(([year, cell]) => [year, cell.target])),
        ]),
      ),
    };
  });
  return regionDeclarationFigures(regionId, declarations, reference);
}

/**
 * A region's figures computed from the regional read models (the regional projector's work), in the
 * shape of the national consolidation: the indicators from validated declarations only. A model that
 * does not exist yet counts as empty.
 */
export function regionFiguresFromRegionalModels(
  regionId: string,
  models: RegionalReadModels,
  reference: ReferenceData,
): RegionFigures {
  const matrixId = sromMatrixId(regionId);
  const matrix =
    models.matrices.get(matrixId) ??
    regionalSromMatrix.summarize(regionalSromMatrix.initial(matrixId, reference), reference);
  const actionsId = actionProgressId(regionId);
  const actions =
    models.actions.get(actionsId) ??
    actionProgress.summarize(actionProgress.initial(actionsId, reference), reference);
  const { indicators, completeness } = declarationFiguresFromRegionalModels(regionId, models, reference);
  return {
    regionId,
    srom: { distribution: matrix.distribution, gaps: matrix.gaps },
    indicators,
    completeness,
    actionCounts: actions.counts,
    totems: actions.totems.length,
  };
}

/** A region's campaign counts and pending figures from the regional read models, to set against the national summary's. */
export function regionCampaignFiguresFromRegionalModels(
  regionId: string,
  models: RegionalReadModels,
  reference: ReferenceData,
): Pick<RegionDeclarationFigures, 'pending' | 'campaigns'> & { regionId: string } {
  const { pending, campaigns } = declarationFiguresFromRegionalModels(regionId, models, reference);
  return { regionId, pending, campaigns };
}

export function regionFiguresOfNationalSummary(summary: NationalRegionSummary): RegionFigures {
  return {
    regionId: summary.regionId,
    srom: summary.srom,
    indicators: summary.indicators,
    completeness: summary.completeness,
    actionCounts: summary.actionCounts,
    totems: summary.totems,
  };
}

export type ReconciliationReport = { regionsCompared: string[]; differences: Difference[] };

/**
 * Checks that the national consolidation agrees with the regional read models: each region's national
 * summary equals the figures of its regional models (its campaign counts and pending figures
 * included), and France's totals equal the sum of the regions.
 */
export function reconcileNational(
  national: { regions: readonly NationalRegionSummary[]; totals: NationalTotals },
  regional: RegionalReadModels,
  reference: ReferenceData,
): ReconciliationReport {
  const regionIds = [
    ...new Set([
      ...national.regions.map((r) => r.regionId),
      ...[...regional.matrices.values()].map((m) => m.regionId),
      ...[...regional.coms.values()].map((c) => c.regionId),
      ...[...regional.actions.values()].map((a) => a.regionId),
    ]),
  ].sort();
  const regionalFigures = regionIds.map((id) => regionFiguresFromRegionalModels(id, regional, reference));
  const found: Difference[] = [];
  for (const figures of regionalFigures) {
    const summaryId = nationalRegionId(figures.regionId);
    const summary =
      national.regions.find((r) => r.regionId === figures.regionId) ??
      nationalRegionSummary.summarize(nationalRegionSummary.initial(summaryId, reference), reference);
    found.push(
      ...differences(figures, regionFiguresOfNationalSummary(summary), `regions.${figures.regionId}`),
      ...differences(
        regionCampaignFiguresFromRegionalModels(figures.regionId, regional, reference),
        { regionId: summary.regionId, pending: summary.pending, campaigns: summary.campaigns },
        `regions.${figures.regionId}`,
      ),
    );
  }
  found.push(...differences(consolidateNational(regionalFigures, reference), national.totals, 'france'));
  return { regionsCompared: regionIds, differences: found };
}
