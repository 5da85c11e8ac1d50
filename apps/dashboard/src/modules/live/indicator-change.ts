import type { RegionalIndicatorChange, RegionalView } from '../../api/read-api-types.js';

/**
 * The regional view with what a figure of one indicator changed in it (the indicator, the COM's
 * completeness, the freshness banner), as the whole view read again would hold it. Null when the
 * change cannot be laid on this copy (an indicator it does not show yet, whose axis and place only
 * the whole view gives): the view is then read again whole.
 */
export function withIndicatorChange(
  view: RegionalView,
  change: RegionalIndicatorChange,
): RegionalView | null {
  const { com } = view;
  const changed = change.indicator;
  const shown = (id: string) => com?.indicators.some((i) => i.indicatorId === id) ?? false;
  if (changed !== null && !shown(changed.indicatorId)) return null;
  const dated = { ...view, generatedAt: change.generatedAt, freshness: change.freshness };
  if (com === null) return dated;
  return {
    ...dated,
    com: {
      ...com,
      completeness: change.completeness ?? com.completeness,
      indicators:
        changed === null
          ? com.indicators
          : com.indicators.map((i) => (i.indicatorId === changed.indicatorId ? changed : i)),
    },
  };
}
