import { readFrenchNumber } from '@cci/indicator-sheet';

import type { ReferenceView, RegionalView } from '../../api/read-api-types.js';

/**
 * What the targets and projections forms hold, and how their empty fields become the commands' absent
 * ones: a form's field names are the commands' own paths (`decidedBy.bodyId`, `delegate.cciId`...), so
 * that the domain's messages, in the browser as from the API, land beside the field they name.
 */

type DecidedByFields = { bodyId: string; on: string };

export type TargetFormValues = {
  cciId: string;
  indicatorId: string;
  year: number;
  /** As typed, the French way ("1 234,5"), read as the Saisie page reads a figure. */
  target: string;
  rationale: string;
  decidedBy: DecidedByFields;
};

export type TrajectoryFormValues = {
  cciId: string;
  indicatorId: string;
  /** The figures as typed, the French way, like a target. */
  baseline: { year: number; value: string };
  finalTarget: string;
  rationale: string;
  decidedBy: DecidedByFields;
};

export type ProjectionFormValues = {
  cciId: string;
  macroProcessId: string;
  mode: string;
  delegate: { kind: string; cciId: string; name: string };
  rationale: string;
  decidedBy: DecidedByFields;
};

/**
 * What the target and trajectory forms act on: the COM the regional view shows (the one in force today,
 * whose indicators' targets it carries), and the region's CCIs, its regional CCI (the region's own
 * figures) first.
 */
export function targetScope(reference: ReferenceView, view: RegionalView) {
  return { com: reference.coms.find((c) => c.id === view.com?.convention.comId), ccis: view.ccis };
}

const present = (text: string) => (text.trim() === '' ? undefined : text);

function decidedByOf({ bodyId, on }: DecidedByFields) {
  return bodyId === '' ? null : { bodyId, on: present(on) };
}

/**
 * Why the typed target is not a number, in French, or null when it is one or is empty (an empty
 * target is the domain's to refuse, as a missing one).
 */
export function targetFigureProblem(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return null;
  const reading = readFrenchNumber(typed);
  return 'problem' in reading ? `La valeur « ${typed} » ${reading.problem}.` : null;
}

function targetFigureOf(text: string): number | undefined {
  const reading = readFrenchNumber(text);
  return 'value' in reading ? reading.value : undefined;
}

/**
 * A target's form as the body of `SetIndicatorTarget`: an empty rationale or date is not given, nor a
 * target that is not a number (`targetFigureProblem` says why).
 */
export function targetCommandInput(values: TargetFormValues) {
  return {
    cciId: values.cciId,
    indicatorId: values.indicatorId,
    year: values.year,
    target: targetFigureOf(values.target),
    rationale: present(values.rationale),
    decidedBy: decidedByOf(values.decidedBy),
  };
}

/** A trajectory's form as the body of `SetIndicatorTrajectory`, its figures read as a target's. */
export function trajectoryCommandInput(values: TrajectoryFormValues) {
  return {
    cciId: values.cciId,
    indicatorId: values.indicatorId,
    baseline: { year: values.baseline.year, value: targetFigureOf(values.baseline.value) },
    finalTarget: targetFigureOf(values.finalTarget),
    rationale: present(values.rationale),
    decidedBy: decidedByOf(values.decidedBy),
  };
}

/** A projection's form as the body of `SetProcessModeTarget`: a delegate only when a kind is chosen. */
export function projectionCommandInput(values: ProjectionFormValues) {
  const { kind, cciId, name } = values.delegate;
  return {
    cciId: values.cciId,
    macroProcessId: values.macroProcessId,
    mode: values.mode,
    delegate: kind === '' ? null : { kind, cciId: present(cciId), name: present(name) },
    rationale: values.rationale,
    decidedBy: decidedByOf(values.decidedBy),
  };
}
