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
