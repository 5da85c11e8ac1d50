import type {
  CopYearFigure,
  NationalRegionRow,
  NationalView,
  ReferenceView,
} from '../../api/read-api-types.js';

/**
 * What the national map is coloured by: reporting completeness, or a COP indicator's yearly value per
 * region, or (for an indicator counting companies) that value as a share of the region's establishments.
 */
export type MapMeasure =
  { kind: 'completeness' } | { kind: 'cop'; copIndicatorId: string; year: string; share: boolean };

export function copYearFigure(
  view: NationalView,
  copIndicatorId: string,
  year: string,
): CopYearFigure | undefined {
  return view.totals.cop.find((f) => f.copIndicatorId === copIndicatorId)?.years[year];
}

/** The years any COP indicator has a figure for, oldest first. */
export function copYears(view: NationalView, copIndicatorId?: string): string[] {
  const figures = view.totals.cop.filter(
    (f) => copIndicatorId === undefined || f.copIndicatorId === copIndicatorId,
  );
  return [...new Set(figures.flatMap((f) => Object.keys(f.years)))].sort();
}

/**
 * A region's figure for the measure: its share of expected reports received over the ended periods, or
 * its part of a COP indicator's figure (the value it brings, or that value over its establishments).
 * Null when the region has nothing to show, or its establishments are unknown for a share.
 */
export function mapFigure(
  view: NationalView,
  row: NationalRegionRow | undefined,
  measure: MapMeasure,
): number | null {
  if (!row) return null;
  if (measure.kind === 'completeness') return row.reporting.receivedShare;
  const contribution = copYearFigure(view, measure.copIndicatorId, measure.year)?.regions.find(
    (r) => r.regionId === row.regionId,
  );
  if (!contribution) return null;
  if (!measure.share) return contribution.value;
  return contribution.establishments ? contribution.value / contribution.establishments : null;
}

const REASONS: Record<CopYearFigure['missing'][number]['reason'], string> = {
  'sans-indicateur': 'aucun indicateur de COM rattaché',
  'sans-valeur-validee': 'aucune valeur validée',
  'ressortissants-inconnus': 'nombre de ressortissants inconnu',
};

/** The regions missing from a figure, grouped by why: « aucune valeur validée : Bretagne, Corse ». */
export function missingRegionsText(
  missing: CopYearFigure['missing'],
  reference: Pick<ReferenceView, 'regions'>,
): string[] {
  const byReason = new Map<string, string[]>();
  for (const { regionId, reason } of missing) {
    const name = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
    byReason.set(REASONS[reason], [...(byReason.get(REASONS[reason]) ?? []), name]);
  }
  return [...byReason].map(
    ([reason, names]) => `${reason} : ${names.sort((a, b) => a.localeCompare(b, 'fr')).join(', ')}`,
  );
}
