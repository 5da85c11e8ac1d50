import type { components } from '../../api/generated/ingest-api.js';
import type { RegionalView } from '../../api/read-api-types.js';
import { projectionMilestone } from '../srom/srom-matrix.js';

/** The figures a presentation to the Assemblée générale freezes, as `PresentAnnualReport` carries them. */
export type ReportSnapshot = components['schemas']['PresentAnnualReport']['snapshot'];

/**
 * The printable report's figures as the read API served them as of `asOf`, in the shape the event
 * keeps: each SROM cell's mode and its projection for the view's SROM cycle, the chantiers, and each COM indicator's yearly
 * actual and target for the region and each CCI. Nothing is computed here: the view's figures are
 * copied, so that the edition reopens exactly as the report showed them that day.
 */
export function reportSnapshot(view: RegionalView, asOf: string): ReportSnapshot {
  const targetId = projectionMilestone(view.milestones)?.id ?? '';
  const srom = Object.entries(view.matrix.cells).flatMap(([macroProcessId, byCci]) =>
    Object.entries(byCci).map(([cciId, cell]) => {
      const target = cell.milestones[targetId];
      return {
        cciId,
        macroProcessId,
        mode: cell.current?.mode ?? null,
        delegate: cell.current?.delegate ?? null,
        target: target ? { mode: target.mode, delegate: target.delegate } : null,
      };
    }),
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
