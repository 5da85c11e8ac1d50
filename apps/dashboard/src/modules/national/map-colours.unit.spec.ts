import { describe, expect, it } from '@jest/globals';

import { colourClasses, colourOf, NO_DATA_COLOUR, SEQUENTIAL_BLUES } from './map-colours.js';

describe('the national map figures', () => {
  it('colours by five equal classes, and regions without data apart', () => {
    const classes = colourClasses([0, null, 50, 100]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ]);
    expect(colourOf(0, classes)).toBe(SEQUENTIAL_BLUES[0]);
    expect(colourOf(100, classes)).toBe(SEQUENTIAL_BLUES[4]);
    expect(colourOf(null, classes)).toBe(NO_DATA_COLOUR);
    expect(colourClasses([7, 7])).toHaveLength(1);
  });
});
