import type { Indicator, ReferenceData } from '../reference/reference-data.js';
import { combinedValue, sortedEntries, type YearFigures } from './aggregation.js';
import type { ReviewStatus } from './com-progress.js';
import { indicatorPeriods, indicatorYears } from './indicator-figures.js';

/**
 * A region's figures from its CCIs' declarations, as the national consolidation counts them: the
 * yearly figures of each indicator from **validated** declarations only; what is declared but not yet
 * validated kept apart (`pending`); the completeness of each period (expected, received, on time) and
 * each campaign's counts (expected, declared, awaiting validation, validated, sent back, not declared,
 * declared late). The national projector and the reconciliation compute them the same way, from
 * their own documents.
 */

/** What a declaration says for the consolidation: its declared value, where the region's review stands, its timeliness. */
export type DeclarationCell = {
  value: number;
  status: ReviewStatus;
  validatedValue: number | null;
  onTime: boolean | null;
};

export type IndicatorDeclarations = {
  indicator: Indicator;
  /** cells[cciId][period] */
  cells: Record<string, Record<string, DeclarationCell>>;
  /** targets[cciId][year] */
  targets: Record<string, Record<string, number>>;
};

export type RegionIndicatorFigures = { comId: string; axisId: string; years: Record<string, YearFigures> };
export type CompletenessCounts = { expected: number; received: number; onTime: number };

/** Declared and not yet validated (awaiting the region's review): shown apart, never counted in the figures. */
export type PendingFigures = { declarations: number; actual: number | null };

/**
 * A campaign's counts over the declarations it expects (the territorial CCIs × the indicators of the
 * period's frequency): `declared` counts every declaration made, whatever its review; `late` is not
 * stored, as it depends on the clock: see `lateDeclarations`.
 */
export type CampaignCounts = {
  deadline: string | null;
  expected: number;
  declared: number;
  awaitingValidation: number;
  validated: number;
  sentBack: number;
  notDeclared: number;
  /** Declared for the first time after the deadline. */
  declaredLate: number;
};

export type RegionDeclarationFigures = {
  indicators: Record<string, RegionIndicatorFigures>;
  completeness: Record<string, CompletenessCounts>;
  pending: Record<string, Record<string, PendingFigures>>;
  campaigns: Record<string, CampaignCounts>;
};

/** The declarations still missing once the deadline has passed: late, as the campaign's readers see it at `nowMs`. */
export function lateDeclarations(
  counts: Pick<CampaignCounts, 'deadline' | 'notDeclared'>,
  nowMs: number,
): number {
  return counts.deadline !== null && nowMs > Date.parse(counts.deadline) ? counts.notDeclared : 0;
}

/**
 * The expected declarations not validated (not declared, awaiting validation, sent back): what a
 * closing must confirm as missing (`CloseCampaign`'s `acknowledgedMissing`).
 */
export function missingDeclarations(counts: Pick<CampaignCounts, 'expected' | 'validated'>): number {
  return counts.expected - counts.validated;
}

type FigureValues = Record<string, Record<string, { value: number; onTime: boolean | null }>>;

/**
 * The values the figures are computed from, in one pass over the declarations in the order of CCIs
 * and periods: every declared value, the validated values, and the declared values awaiting review.
 */
function declarationValues(cells: IndicatorDeclarations['cells']): {
  declared: FigureValues;
  validated: FigureValues;
  awaiting: FigureValues;
} {
  const declared: FigureValues = {};
  const validated: FigureValues = {};
  const awaiting: FigureValues = {};
  const put = (into: FigureValues, cciId: string, period: string, value: number, onTime: boolean | null) => {
    (into[cciId] ??= {})[period] = { value, onTime };
  };
  for (const [cciId, row] of sortedEntries(cells))
    for (const [period, cell] of sortedEntries(row)) {
      put(declared, cciId, period, cell.value, cell.onTime);
      if (cell.status === 'validee' && cell.validatedValue !== null)
        put(validated, cciId, period, cell.validatedValue, cell.onTime);
      else if (cell.status === 'declaree') put(awaiting, cciId, period, cell.value, cell.onTime);
    }
  return { declared, validated, awaiting };
}

function emptyCounts(deadline: string | null): CampaignCounts {
  return {
    deadline,
    expected: 0,
    declared: 0,
    awaitingValidation: 0,
    validated: 0,
    sentBack: 0,
    notDeclared: 0,
    declaredLate: 0,
  };
}

/** One indicator's part of a region's figures: what `regionDeclarationFigures` adds up over the indicators. */
export type IndicatorDeclarationFigures = {
  indicatorId: string;
  figures: RegionIndicatorFigures;
  /** pending[year], absent when nothing awaits the region's review. */
  pending: Record<string, PendingFigures> | null;
  /** Per period of the indicator's frequency: its completeness and its campaign counts. */
  periods: [period: string, completeness: CompletenessCounts, campaign: CampaignCounts][];
};

export function indicatorDeclarationFigures(
  regionId: string,
  territorial: readonly string[],
  { indicator, cells, targets }: IndicatorDeclarations,
  reference: ReferenceData,
): IndicatorDeclarationFigures {
  const input = { ...indicator, regionId, targets };
  const { declared, validated, awaiting } = declarationValues(cells);
  const declaredPeriods = indicatorPeriods({ ...input, values: declared }, reference);
  const validatedYears = indicatorYears({ ...input, values: validated }, reference);
  const awaitingYears = indicatorYears({ ...input, targets: {}, values: awaiting }, reference);
  const awaitingPerYear = new Map<string, number>();
  for (const row of Object.values(awaiting))
    for (const period of Object.keys(row)) {
      const year = period.slice(0, 4);
      awaitingPerYear.set(year, (awaitingPerYear.get(year) ?? 0) + 1);
    }
  const pendingYears: Record<string, PendingFigures> = {};
  for (const [year, y] of Object.entries(awaitingYears)) {
    const count = awaitingPerYear.get(year) ?? 0;
    if (count > 0) pendingYears[year] = { declarations: count, actual: y.region.actual };
  }
  const periods: IndicatorDeclarationFigures['periods'] = [];
  for (const [period, p] of Object.entries(declaredPeriods)) {
    const counts = emptyCounts(reference.reportingDeadline(indicator.comId, period) ?? null);
    counts.expected = territorial.length;
    for (const cciId of territorial) {
      const cell = cells[cciId]?.[period];
      if (!cell) {
        counts.notDeclared += 1;
        continue;
      }
      counts.declared += 1;
      if (cell.onTime === false) counts.declaredLate += 1;
      if (cell.status === 'declaree') counts.awaitingValidation += 1;
      else if (cell.status === 'validee') counts.validated += 1;
      else counts.sentBack += 1;
    }
    periods.push([period, { expected: p.expected, received: p.received, onTime: p.onTime }, counts]);
  }
  return {
    indicatorId: indicator.id,
    figures: {
      comId: indicator.comId,
      axisId: indicator.axisId,
      years: Object.fromEntries(Object.entries(validatedYears).map(([year, y]) => [year, y.region])),
    },
    pending: Object.keys(pendingYears).length > 0 ? pendingYears : null,
    periods,
  };
}

/** Adds up the indicators' parts, in the order of their ids. */
export function combineDeclarationFigures(
  parts: readonly IndicatorDeclarationFigures[],
): RegionDeclarationFigures {
  const indicators: Record<string, RegionIndicatorFigures> = {};
  const completeness: Record<string, CompletenessCounts> = {};
  const pending: Record<string, Record<string, PendingFigures>> = {};
  const campaigns: Record<string, CampaignCounts> = {};
  for (const part of [...parts].sort((a, b) => (a.indicatorId < b.indicatorId ? -1 : 1))) {
    indicators[part.indicatorId] = part.figures;
    if (part.pending) pending[part.indicatorId] = part.pending;
    for (const [period, c, counts] of part.periods) {
      const total = completeness[period];
      if (total === undefined) completeness[period] = { ...c };
      else {
        total.expected += c.expected;
        total.received += c.received;
        total.onTime += c.onTime;
      }
      const sum = campaigns[period] ?? emptyCounts(counts.deadline);
      for (const key of COUNTED) sum[key] += counts[key];
      campaigns[period] = sum;
    }
  }
  return { indicators, completeness, pending, campaigns };
}

const COUNTED = [
  'expected',
  'declared',
  'awaitingValidation',
  'validated',
  'sentBack',
  'notDeclared',
  'declaredLate',
] as const satisfies readonly (keyof CampaignCounts)[];

export function regionDeclarationFigures(
  regionId: string,
  declarations: readonly IndicatorDeclarations[],
  reference: ReferenceData,
): RegionDeclarationFigures {
  const territorial = reference.territorialCciIds(regionId);
  return combineDeclarationFigures(
    declarations.map((d) => indicatorDeclarationFigures(regionId, territorial, d, reference)),
  );
}

/** France's campaign counts per period, and its pending figures per indicator and year, summed over the regions. */
export type NationalCampaignTotals = {
  campaigns: Record<string, Omit<CampaignCounts, 'deadline'> & { regionIds: string[] }>;
  pending: Record<string, Record<string, PendingFigures>>;
};

export function consolidateDeclarationFigures(
  regions: readonly (Pick<RegionDeclarationFigures, 'pending' | 'campaigns'> & { regionId: string })[],
  reference: ReferenceData,
): NationalCampaignTotals {
  const campaigns: NationalCampaignTotals['campaigns'] = {};
  const pendingByIndicator = new Map<string, Map<string, { declarations: number; actuals: number[] }>>();
  for (const region of [...regions].sort((a, b) => (a.regionId < b.regionId ? -1 : 1))) {
    for (const [period, { deadline: _deadline, ...counts }] of sortedEntries(region.campaigns)) {
      const total = campaigns[period] ?? {
        expected: 0,
        declared: 0,
        awaitingValidation: 0,
        validated: 0,
        sentBack: 0,
        notDeclared: 0,
        declaredLate: 0,
        regionIds: [],
      };
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) total[key] += counts[key];
      total.regionIds = [...total.regionIds, region.regionId];
      campaigns[period] = total;
    }
    for (const [indicatorId, years] of sortedEntries(region.pending)) {
      const byYear =
        pendingByIndicator.get(indicatorId) ?? new Map<string, { declarations: number; actuals: number[] }>();
      for (const [year, p] of sortedEntries(years)) {
        const entry = byYear.get(year) ?? { declarations: 0, actuals: [] };
        entry.declarations += p.declarations;
        if (p.actual !== null) entry.actuals.push(p.actual);
        byYear.set(year, entry);
      }
      pendingByIndicator.set(indicatorId, byYear);
    }
  }
  const pending: NationalCampaignTotals['pending'] = {};
  for (const [indicatorId, byYear] of [...pendingByIndicator].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const aggregation = reference.indicator(indicatorId)?.aggregation ?? 'sum';
    pending[indicatorId] = Object.fromEntries(
      [...byYear]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([year, p]) => [
          year,
          { declarations: p.declarations, actual: combinedValue(aggregation, p.actuals) },
        ]),
    );
  }
  return { campaigns, pending };
}
