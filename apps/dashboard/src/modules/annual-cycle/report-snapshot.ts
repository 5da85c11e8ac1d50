import type { components } from '../../api/generated/ingest-api.js';
import type { RegionalView } from '../../api/read-api-types.js';

/** The figures a presentation to the Assemblée générale freezes, as `PresentAnnualReport` carries them. */
export type ReportSnapshot = components['schemas']['PresentAnnualReport']['snapshot'];

/**
 * The printable report's figures as the read API served them as of `asOf`, in the shape the event
 * keeps: each SROM cell's mode and its 2021 projection, the chantiers, and each COM indicator's yearly
 * actual and target for the region and each CCI. Nothing is computed here: the view's figures are
 * copied, so that the edition reopens exactly as the report showed them that day.
 */
export function reportSnapshot(view: RegionalView, asOf: string): ReportSnapshot {
  const srom = Object.entries(view.matrix.cells).flatMap(([macroProcessId, byCci]) =>
    Object.entries(byCci).map(([cciId, cell]) => ({
      cciId,
      macroProcessId,
      mode: cell.current?.mode ?? null,
      delegate: cell.current?.delegate ?? null,
      target: cell.milestones['2021']
        ? { mode: cell.milestones['2021'].mode, delegate: cell.milestones['2021'].delegate }
        : null,
    })),
  );
  const actions = view.actions.order.flatMap((actionId) => {
    const action = view.actions.actions[actionId];
    return action
      ? [
          {
            actionId,
            title: action.title,
            ownerCciId: action.ownerCciId,
            status: action.status,
            totem: action.totem,
            dueOn: action.dueOn,
            completedOn: action.completedOn,
          },
        ]
      : [];
  });
  const indicators = (view.com?.indicators ?? []).flatMap((indicator) =>
    Object.entries(indicator.years).flatMap(([year, figures]) => [
      {
        indicatorId: indicator.indicatorId,
        cciId: null,
        year: Number(year),
        unitId: indicator.unitId,
        actual: figures.region.actual,
        target: figures.region.target,
      },
      ...Object.entries(figures.ccis).map(([cciId, cci]) => ({
        indicatorId: indicator.indicatorId,
        cciId,
        year: Number(year),
        unitId: indicator.unitId,
        actual: cci.actual,
        target: cci.target,
      })),
    ]),
  );
  return { asOf, srom, actions, indicators };
}
