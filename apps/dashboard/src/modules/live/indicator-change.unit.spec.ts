import { describe, expect, it } from '@jest/globals';

import type { RegionalIndicatorChange, RegionalView } from '../../api/read-api-types.js';
import { withIndicatorChange } from './indicator-change.js';

/** The parts of a regional view a change touches, and one it leaves alone (the matrix). */
const view = {
  generatedAt: '2026-12-06T10:00:00.000Z',
  freshness: { message: '2 CCI n’ont pas encore transmis le 3e trimestre 2026' },
  matrix: { regionId: 'normandie' },
  com: {
    indicators: [
      { indicatorId: 'premier-niveau-information', reports: { 'cci-rouen-metropole': {} } },
      { indicatorId: 'satisfaction-entreprises', reports: {} },
    ],
    completeness: { periods: ['2026-T3'], declared: 1 },
  },
} as unknown as RegionalView;

const change = {
  generatedAt: '2026-12-06T10:00:05.000Z',
  freshness: { message: '1 CCI n’a pas encore transmis le 3e trimestre 2026' },
  indicator: {
    indicatorId: 'premier-niveau-information',
    reports: { 'cci-rouen-metropole': { '2026-T3': { value: 12 } } },
  },
  completeness: { periods: ['2026-T3'], declared: 2 },
} as unknown as RegionalIndicatorChange;

describe('a figure laid on the regional view a page holds', () => {
  it('replaces the indicator, the completeness and the banner, and keeps every other part as it was', () => {
    const patched = withIndicatorChange(view, change);
    expect(patched).toEqual({
      ...view,
      generatedAt: change.generatedAt,
      freshness: change.freshness,
      com: { indicators: [change.indicator, view.com!.indicators[1]], completeness: change.completeness },
    });
    expect(patched?.matrix).toBe(view.matrix);
    expect(patched?.com?.indicators[1]).toBe(view.com!.indicators[1]);
  });

  it('gives up on an indicator the view does not show yet: its place comes with the whole view', () => {
    const newcomer = { ...change, indicator: { ...change.indicator!, indicatorId: 'nouvel-indicateur' } };
    expect(withIndicatorChange(view, newcomer as RegionalIndicatorChange)).toBeNull();
  });

  it('takes the banner alone from an indicator of another COM than the one shown', () => {
    const elsewhere = { ...change, indicator: null, completeness: null };
    expect(withIndicatorChange(view, elsewhere)).toEqual({
      ...view,
      generatedAt: change.generatedAt,
      freshness: change.freshness,
    });
  });
});
