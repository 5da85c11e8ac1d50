import { describe, expect, it } from '@jest/globals';

import { eventsBelow, reached, type LogExtent } from './log-extent.js';

// Partition 0 holds offsets 100 to 149 (the first 100 deleted by retention), partition 1 is empty.
const extent: LogExtent = {
  low: new Map([
    [0, 100],
    [1, 0],
  ]),
  end: new Map([
    [0, 150],
    [1, 0],
  ]),
};

describe('the log as a rebuild found it', () => {
  it('counts the events below positions from the first offset still held', () => {
    expect(eventsBelow(extent, extent.end)).toBe(50);
    expect(
      eventsBelow(
        extent,
        new Map([
          [0, 120],
          [1, 0],
        ]),
      ),
    ).toBe(20);
    expect(eventsBelow(extent, new Map())).toBe(0);
  });

  it('is reached once every partition with events to replay got to its target', () => {
    expect(reached(extent, extent.end, new Map([[0, 149]]))).toBe(false);
    expect(reached(extent, extent.end, new Map([[0, 150]]))).toBe(true);
    expect(reached(extent, new Map([[0, 100]]), new Map())).toBe(true);
  });
});
