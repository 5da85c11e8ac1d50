import type { NationalRegionRow, NationalView, ReferenceView } from '../../api/read-api-types.js';

/** What the map is coloured by: reporting completeness, or one COM indicator's yearly result. */
export type MapMeasure = { kind: 'completeness' } | { kind: 'indicator'; indicatorId: string; year: string };

/**
 * A region's figure for the measure, as the read API serves it: the share of expected reports received
 * over the periods ended on the view's day, or the indicator's actual value for the year. Null when the
 * region has nothing to show.
 */
export function regionFigure(row: NationalRegionRow | undefined, measure: MapMeasure): number | null {
  if (!row) return null;
  if (measure.kind === 'completeness') return row.reporting.receivedShare;
  return row.indicators[measure.indicatorId]?.years[measure.year]?.actual ?? null;
}

export type ColourClass = { from: number; to: number; colour: string };

/** Five light-to-dark blues, each readable with dark text on the lighter ones and white on the darker. */
export const SEQUENTIAL_BLUES = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const NO_DATA_COLOUR = '#f0f0f0';

/** Equal-width classes between the smallest and the largest figure; one class when they are all equal. */
export function colourClasses(figures: readonly (number | null)[]): ColourClass[] {
  const known = figures.filter((f): f is number => f !== null);
  if (known.length === 0) return [];
  const min = Math.min(...known);
  const max = Math.max(...known);
  if (min === max) return [{ from: min, to: max, colour: SEQUENTIAL_BLUES[2] }];
  const step = (max - min) / SEQUENTIAL_BLUES.length;
  return SEQUENTIAL_BLUES.map((colour, i) => ({
    from: min + i * step,
    to: i === SEQUENTIAL_BLUES.length - 1 ? max : min + (i + 1) * step,
    colour,
  }));
}

export function colourOf(figure: number | null, classes: readonly ColourClass[]): string {
  if (figure === null) return NO_DATA_COLOUR;
  return classes.find((c) => figure <= c.to)?.colour ?? classes.at(-1)?.colour ?? NO_DATA_COLOUR;
}

/** The years any region has a figure for, for the indicator picker: those of France's totals. */
export function indicatorYears(view: NationalView, indicatorId: string): string[] {
  return Object.keys(view.totals.indicators[indicatorId]?.years ?? {}).sort();
}

/** Every COM indicator of the reference, with its region's COM, for the map's picker. */
export function indicatorChoices(
  reference: ReferenceView,
): { id: string; label: string; comLabel: string }[] {
  return reference.coms.flatMap((com) =>
    com.indicators.map((i) => ({ id: i.id, label: i.label, comLabel: com.label })),
  );
}

/** Map paths are named by the region's name; the reference names are the same, accents included. */
export function regionIdForMapName(reference: ReferenceView, name: string): string | null {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’']/g, "'")
      .toLowerCase();
  return reference.regions.find((r) => plain(r.name) === plain(name))?.id ?? null;
}
