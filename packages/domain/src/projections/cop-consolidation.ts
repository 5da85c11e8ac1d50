import type { CopAggregation, CopIndicator } from '../reference/cop-catalogue.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { YearFigures } from './aggregation.js';

/**
 * France's figures through the lens of the national COP: for each COP indicator and year, the regions'
 * validated yearly values of the regional indicators mapped onto it, combined by the catalogue's rule,
 * with the regions that are in the figure and those that are missing, and why. Regions are combined in
 * the order of their ids, so a figure never depends on the order the regions come in.
 */

/** What a region brings: its validated yearly figures per regional indicator (as the national view has them). */
export type RegionValidatedFigures = {
  regionId: string;
  indicators: Readonly<Record<string, { years: Readonly<Record<string, YearFigures>> }>>;
};

/** Why a region of the network is not in a figure. */
export type CopMissingReason =
  /** Its COM has no indicator mapped onto this one (or it has no COM). */
  | 'sans-indicateur'
  /** It follows the indicator but has no validated value for the year (none up to it, for a count to date). */
  | 'sans-valeur-validee'
  /** A weighted mean needs its number of establishments, which the reference data does not know. */
  | 'ressortissants-inconnus';

export type CopContribution = {
  regionId: string;
  /** The regional indicator the value comes from. */
  indicatorId: string;
  value: number;
  target: number | null;
  /** The year the value is from: earlier than the figure's for a count to date the region has not updated. */
  year: string;
  /** The region's establishments: the weight of a weighted mean, the denominator of a share. */
  establishments: number | null;
};

export type CopYearFigure = {
  value: number;
  /** Combined over the regions in the figure; null unless each of them has a target. */
  target: number | null;
  attainment: number | null;
  /** For an indicator counting companies: the value over the establishments of the regions in the figure. */
  establishmentsShare: number | null;
  regions: CopContribution[];
  missing: { regionId: string; reason: CopMissingReason }[];
};

export type CopIndicatorFigures = { copIndicatorId: string; years: Record<string, CopYearFigure> };

/** Combines regions' values by a COP indicator's rule; null when no region has one. */
export function copCombinedValue(
  aggregation: CopAggregation,
  values: readonly { value: number; weight: number | null }[],
): number | null {
  if (values.length === 0) return null;
  if (aggregation !== 'weighted-mean') return values.reduce((total, v) => total + v.value, 0);
  let weighted = 0;
  let weights = 0;
  for (const { value, weight } of values) {
    if (weight === null) throw new Error('une moyenne pondérée demande le poids de chaque région');
    weighted += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : weighted / weights;
}

/** The unit whose indicators count companies, read against the establishments a CCI represents. */
const COMPANIES_UNIT = 'entreprises';

/**
 * Whether a COP indicator's figure is also a share of the establishments: a count of companies, not a
 * rate (a weighted mean is already one).
 */
export function hasEstablishmentsShare(cop: Pick<CopIndicator, 'unitId' | 'aggregation'>): boolean {
  return cop.unitId === COMPANIES_UNIT && cop.aggregation !== 'weighted-mean';
}

/**
 * The COP figures of the network. `network` lists the regions expected in every figure (those with
 * CCIs); a region of `regions` outside it is ignored.
 */
export function copConsolidation(
  regions: readonly RegionValidatedFigures[],
  network: readonly string[],
  reference: ReferenceData,
): CopIndicatorFigures[] {
  const figuresByRegion = new Map(regions.map((r) => [r.regionId, r]));
  const ordered = [...network].sort();
  return reference.cop.indicators.map((cop) => ({
    copIndicatorId: cop.id,
    years: copIndicatorYears(cop, ordered, figuresByRegion, reference),
  }));
}

/** A region's indicator mapped onto a COP indicator, in one of its COMs, with the years that COM covers. */
type MappedIndicator = {
  indicatorId: string;
  from: number;
  to: number;
  years: Readonly<Record<string, YearFigures>>;
};

function copIndicatorYears(
  cop: CopIndicator,
  network: readonly string[],
  figuresByRegion: ReadonlyMap<string, RegionValidatedFigures>,
  reference: ReferenceData,
): Record<string, CopYearFigure> {
  const mappedByRegion = new Map<string, MappedIndicator[]>();
  for (const indicator of reference.indicatorsOfCop(cop.id)) {
    const com = reference.com(indicator.comId);
    if (!com) continue;
    mappedByRegion.set(indicator.regionId, [
      ...(mappedByRegion.get(indicator.regionId) ?? []),
      {
        indicatorId: indicator.id,
        ...com.years,
        years: figuresByRegion.get(indicator.regionId)?.indicators[indicator.id]?.years ?? {},
      },
    ]);
  }
  const years = network
    .flatMap((regionId) => mappedByRegion.get(regionId) ?? [])
    .flatMap((mapped) =>
      Object.entries(mapped.years)
        .filter(([year, figures]) => figures.actual !== null && inYears(year, mapped))
        .map(([year]) => year),
    );
  const result: Record<string, CopYearFigure> = {};
  for (const year of [...new Set(years)].sort()) {
    const regions: CopContribution[] = [];
    const missing: CopYearFigure['missing'] = [];
    for (const regionId of network) {
      const mapped = mappedByRegion.get(regionId)?.find((m) => inYears(year, m));
      if (!mapped) {
        missing.push({ regionId, reason: 'sans-indicateur' });
        continue;
      }
      const found = valueOfYear(cop.aggregation, mapped, year);
      if (!found) {
        missing.push({ regionId, reason: 'sans-valeur-validee' });
        continue;
      }
      const establishments = reference.regionCoverage(regionId)?.establishments ?? null;
      if (cop.aggregation === 'weighted-mean' && establishments === null) {
        missing.push({ regionId, reason: 'ressortissants-inconnus' });
        continue;
      }
      regions.push({ regionId, indicatorId: mapped.indicatorId, ...found, establishments });
    }
    const value = copCombinedValue(
      cop.aggregation,
      regions.map((r) => ({ value: r.value, weight: r.establishments })),
    );
    if (value === null) continue;
    const target = regions.every((r) => r.target !== null)
      ? copCombinedValue(
          cop.aggregation,
          regions.map((r) => ({ value: r.target ?? 0, weight: r.establishments })),
        )
      : null;
    const establishments = regions.every((r) => r.establishments !== null)
      ? regions.reduce((total, r) => total + (r.establishments ?? 0), 0)
      : null;
    result[year] = {
      value,
      target,
      attainment: target !== null && target > 0 ? value / target : null,
      establishmentsShare: hasEstablishmentsShare(cop) && establishments ? value / establishments : null,
      regions,
      missing,
    };
  }
  return result;
}

function inYears(year: string, range: { from: number; to: number }): boolean {
  return Number(year) >= range.from && Number(year) <= range.to;
}

/**
 * A region's value for a year: that year's; for a count to date, the latest one up to it within the
 * same COM (a new convention counts from its own start).
 */
function valueOfYear(
  aggregation: CopAggregation,
  mapped: MappedIndicator,
  year: string,
): { value: number; target: number | null; year: string } | null {
  const own = mapped.years[year];
  if (own && own.actual !== null) return { value: own.actual, target: own.target, year };
  if (aggregation !== 'latest-cumulative') return null;
  for (let earlier = Number(year) - 1; earlier >= mapped.from; earlier -= 1) {
    const figures = mapped.years[String(earlier)];
    if (figures && figures.actual !== null)
      return { value: figures.actual, target: own?.target ?? null, year: String(earlier) };
  }
  return null;
}

/** The regions expected in national figures: those whose CCIs the reference data knows. */
export function networkRegionIds(reference: ReferenceData): string[] {
  return reference.regions.filter((r) => reference.regionalCci(r.id) !== undefined).map((r) => r.id);
}
