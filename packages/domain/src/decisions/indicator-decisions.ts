import type { DecidedBy } from '../events/fields.js';
import type { ConventionState, IndicatorTargetState, IndicatorTrajectoryState } from './aggregate-state.js';
import type { CommandOfType } from './commands.js';
import {
  accepted,
  checkBusinessDate,
  checkDecidedBy,
  draft,
  occurredAtOf,
  rejected,
  type Decision,
} from './decision.js';
import { checkValue, indicatorSubject } from './indicator-subject.js';
import { reject } from './rejection.js';
import { mayRecordAbout } from './tenancy.js';
import type { DecisionContext } from './writer.js';

/** The same deciding body on the same day (or both unknown): revising a target to the same figure and body changes nothing. */
function sameBody(a: DecidedBy, b: DecidedBy): boolean {
  return a?.bodyId === b?.bodyId && a?.on === b?.on;
}

export function decideSetIndicatorTarget(
  command: CommandOfType<'SetIndicatorTarget'>,
  state: IndicatorTargetState | undefined,
  context: DecisionContext,
): Decision {
  const subject = indicatorSubject(context, command.cciId, command.indicatorId, command.type);
  if ('rejection' in subject) return rejected(subject.rejection);
  const { com } = subject;
  if (command.year < com.years.from || command.year > com.years.to) {
    return rejected(
      reject.invalid(
        'annee-hors-com',
        `L'année ${command.year} sort des années de la ${com.label} (${com.years.from}-${com.years.to}).`,
        'year',
      ),
    );
  }
  const problem =
    checkValue(context, subject.indicator, command.unitId, command.target, 'target') ??
    checkDecidedBy(context, command.decidedBy);
  if (problem) return rejected(problem);
  if (state?.target === command.target && sameBody(state.decidedBy, command.decidedBy)) return accepted();
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('IndicatorTargetSet', (state?.version ?? 0) + 1, when.occurredAt, {
      cciId: command.cciId,
      indicatorId: command.indicatorId,
      year: command.year,
      target: command.target,
      unitId: command.unitId,
      ...(command.rationale ? { rationale: command.rationale } : {}),
      decidedBy: command.decidedBy,
    }),
  );
}

/** How far before its COM's first year a trajectory's baseline may have been measured. */
const BASELINE_YEARS_BEFORE = 5;

/**
 * A trajectory frames an indicator's yearly targets: the baseline it starts from (measured before or in
 * the COM's first year) and the target of its last year. A revision is a new fact with its body.
 */
export function decideSetIndicatorTrajectory(
  command: CommandOfType<'SetIndicatorTrajectory'>,
  state: IndicatorTrajectoryState | undefined,
  context: DecisionContext,
): Decision {
  const subject = indicatorSubject(context, command.cciId, command.indicatorId, command.type);
  if ('rejection' in subject) return rejected(subject.rejection);
  const { com } = subject;
  const { baseline } = command;
  if (baseline.year > com.years.from || baseline.year < com.years.from - BASELINE_YEARS_BEFORE) {
    return rejected(
      reject.invalid(
        'annee-de-reference',
        `L'année de référence doit être entre ${com.years.from - BASELINE_YEARS_BEFORE} et ${com.years.from}, la première année de la ${com.label}.`,
        'baseline.year',
      ),
    );
  }
  const problem =
    checkValue(context, subject.indicator, command.unitId, baseline.value, 'baseline.value') ??
    checkValue(context, subject.indicator, command.unitId, command.finalTarget, 'finalTarget') ??
    checkDecidedBy(context, command.decidedBy);
  if (problem) return rejected(problem);
  if (
    state?.baseline.year === baseline.year &&
    state.baseline.value === baseline.value &&
    state.finalTarget === command.finalTarget &&
    sameBody(state.decidedBy, command.decidedBy)
  )
    return accepted();
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('IndicatorTrajectorySet', (state?.version ?? 0) + 1, when.occurredAt, {
      cciId: command.cciId,
      indicatorId: command.indicatorId,
      baseline: { year: baseline.year, value: baseline.value },
      finalTarget: command.finalTarget,
      unitId: command.unitId,
      ...(command.rationale ? { rationale: command.rationale } : {}),
      decidedBy: command.decidedBy,
    }),
  );
}

export function decideSignObjectivesConvention(
  command: CommandOfType<'SignObjectivesConvention'>,
  state: ConventionState | undefined,
  context: DecisionContext,
): Decision {
  const { reference } = context;
  const com = reference.com(command.comId);
  if (!com)
    return rejected(
      reject.notFound('com-inconnue', `La convention « ${command.comId} » est inconnue.`, 'comId'),
    );
  const regional = reference.regionalCci(com.regionId);
  if (!regional)
    return rejected(
      reject.invalid('region-sans-ccir', `La région de la ${com.label} n'a pas de CCI régionale connue.`),
    );
  const forbidden = mayRecordAbout(context, regional, command.type);
  if (forbidden) return rejected(forbidden);
  if (state) {
    return rejected({
      kind: 'conflict',
      code: 'deja-signee',
      message: `La signature de la ${com.label} est déjà enregistrée.`,
      currentVersion: state.version,
    });
  }
  const problem = command.signedOn === null ? null : checkBusinessDate(command.signedOn, 'signedOn', context);
  if (problem) return rejected(problem);
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('ObjectivesConventionSigned', 1, when.occurredAt, {
      comId: com.id,
      regionId: com.regionId,
      signedOn: command.signedOn,
      signedOnText: command.signedOnText,
      place: command.place,
      signatories: command.signatories,
      axisIds: com.axes.map((a) => a.id),
      ...(command.evidence ? { evidence: command.evidence } : {}),
    }),
  );
}
