import { formatCalendarDate } from '../reference/calendar-date.js';
import type { ActionState, ActionStatus } from './aggregate-state.js';
import type { CommandOfType } from './commands.js';
import { accepted, checkBusinessDate, draft, occurredAtOf, rejected, type Decision } from './decision.js';
import { reject, type Rejection } from './rejection.js';
import { mayRecordAbout } from './tenancy.js';
import type { DecisionContext } from './writer.js';

const STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'planifiée',
  started: 'en cours',
  completed: 'achevée',
  abandoned: 'abandonnée',
};

export function decidePlanAction(
  command: CommandOfType<'PlanAction'>,
  state: ActionState | undefined,
  context: DecisionContext,
): Decision {
  const { reference } = context;
  if (state) {
    return rejected({
      kind: 'conflict',
      code: 'action-existante',
      message: `L'action « ${command.actionId} » existe déjà (${STATUS_LABELS[state.status]}).`,
      field: 'actionId',
      currentVersion: state.version,
    });
  }
  const region = reference.region(command.regionId);
  if (!region)
    return rejected(
      reject.notFound('region-inconnue', `La région « ${command.regionId} » est inconnue.`, 'regionId'),
    );
  const owner = reference.cci(command.ownerCciId);
  if (!owner)
    return rejected(
      reject.notFound('cci-inconnue', `La CCI « ${command.ownerCciId} » est inconnue.`, 'ownerCciId'),
    );
  if (owner.regionId !== region.id) {
    return rejected(
      reject.invalid(
        'cci-hors-region',
        `${owner.name} n'appartient pas à la région ${region.name}.`,
        'ownerCciId',
      ),
    );
  }
  const forbidden = mayRecordAbout(context, owner, command.type);
  if (forbidden) return rejected(forbidden);
  const problem =
    checkFunctionAndProcesses(context, command.functionId, command.macroProcessIds) ??
    checkAxis(context, region.id, command.axisId) ??
    checkBusinessDate(command.plannedOn, 'plannedOn', context) ??
    (command.dueOn === null ? null : checkBusinessDate(command.dueOn, 'dueOn', context));
  if (problem) return rejected(problem);
  if (command.dueOn !== null && command.dueOn < command.plannedOn) {
    return rejected(
      reject.invalid(
        'echeance-avant-decision',
        "L'échéance précède la date de décision de l'action.",
        'dueOn',
      ),
    );
  }
  if (command.decidedBy && !reference.governanceBody(command.decidedBy.bodyId)) {
    return rejected(
      reject.invalid(
        'instance-inconnue',
        `L'instance « ${command.decidedBy.bodyId} » est inconnue.`,
        'decidedBy.bodyId',
      ),
    );
  }
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('ActionPlanned', 1, when.occurredAt, {
      actionId: command.actionId,
      regionId: command.regionId,
      ownerCciId: command.ownerCciId,
      title: command.title,
      ...(command.description ? { description: command.description } : {}),
      functionId: command.functionId,
      macroProcessIds: command.macroProcessIds,
      axisId: command.axisId,
      totem: command.totem,
      plannedOn: command.plannedOn,
      dueOn: command.dueOn,
      decidedBy: command.decidedBy,
      ...(command.evidence ? { evidence: command.evidence } : {}),
    }),
  );
}

function checkFunctionAndProcesses(
  context: DecisionContext,
  functionId: string | null,
  macroProcessIds: string[],
): Rejection | null {
  if (functionId !== null && !context.reference.supportFunction(functionId)) {
    return reject.invalid('fonction-inconnue', `La fonction « ${functionId} » est inconnue.`, 'functionId');
  }
  for (const [index, id] of macroProcessIds.entries()) {
    const macroProcess = context.reference.macroProcess(id);
    if (!macroProcess)
      return reject.invalid(
        'macro-processus-inconnu',
        `Le macro-processus « ${id} » est inconnu.`,
        `macroProcessIds.${index}`,
      );
    if (functionId !== null && macroProcess.functionId !== functionId) {
      return reject.invalid(
        'macro-processus-hors-fonction',
        `Le macro-processus « ${macroProcess.label} » n'appartient pas à la fonction « ${functionId} ».`,
        `macroProcessIds.${index}`,
      );
    }
  }
  return null;
}

function checkAxis(context: DecisionContext, regionId: string, axisId: string | null): Rejection | null {
  if (axisId === null) return null;
  // An action may serve an axis of any of the region's successive COMs.
  return context.reference.comsOfRegion(regionId).some((com) => com.axes.some((a) => a.id === axisId))
    ? null
    : reject.invalid('axe-inconnu', `L'axe « ${axisId} » n'existe dans aucune COM de la région.`, 'axisId');
}

/** An action step is recorded by the action's owner or its regional CCI, on an action that exists. */
function existingAction(
  operation: 'StartAction' | 'CompleteAction' | 'AbandonAction',
  actionId: string,
  state: ActionState | undefined,
  context: DecisionContext,
): { action: ActionState } | { rejection: Rejection } {
  if (!state)
    return {
      rejection: reject.notFound(
        'action-inconnue',
        `L'action « ${actionId} » n'a jamais été planifiée.`,
        'actionId',
      ),
    };
  const owner = context.reference.cci(state.ownerCciId);
  const forbidden = owner
    ? mayRecordAbout(context, owner, operation)
    : reject.notFound('cci-inconnue', `La CCI « ${state.ownerCciId} » est inconnue.`);
  return forbidden ? { rejection: forbidden } : { action: state };
}

function notBefore(date: string, field: string, earlier: string, what: string): Rejection | null {
  return date < earlier
    ? reject.invalid(
        'date-anterieure',
        `La date ${formatCalendarDate(date)} précède ${what} (${formatCalendarDate(earlier)}).`,
        field,
      )
    : null;
}

export function decideStartAction(
  command: CommandOfType<'StartAction'>,
  state: ActionState | undefined,
  context: DecisionContext,
): Decision {
  const found = existingAction(command.type, command.actionId, state, context);
  if ('rejection' in found) return rejected(found.rejection);
  const { action } = found;
  if (action.status !== 'planned') {
    return rejected({
      kind: 'conflict',
      code: 'transition-impossible',
      message: `L'action ne peut pas démarrer : elle est déjà ${STATUS_LABELS[action.status]}.`,
      currentVersion: action.version,
    });
  }
  const problem =
    checkBusinessDate(command.startedOn, 'startedOn', context) ??
    notBefore(command.startedOn, 'startedOn', action.plannedOn, 'sa planification');
  if (problem) return rejected(problem);
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('ActionStarted', action.version + 1, when.occurredAt, {
      actionId: command.actionId,
      regionId: action.regionId,
      startedOn: command.startedOn,
      ...(command.note ? { note: command.note } : {}),
    }),
  );
}

export function decideCompleteAction(
  command: CommandOfType<'CompleteAction'>,
  state: ActionState | undefined,
  context: DecisionContext,
): Decision {
  const found = existingAction(command.type, command.actionId, state, context);
  if ('rejection' in found) return rejected(found.rejection);
  const { action } = found;
  if (action.status === 'completed' || action.status === 'abandoned') {
    return rejected({
      kind: 'conflict',
      code: 'transition-impossible',
      message: `L'action ne peut pas être achevée : elle est déjà ${STATUS_LABELS[action.status]}.`,
      currentVersion: action.version,
    });
  }
  const problem =
    checkBusinessDate(command.completedOn, 'completedOn', context) ??
    notBefore(command.completedOn, 'completedOn', action.plannedOn, 'sa planification') ??
    (action.startedOn === null
      ? null
      : notBefore(command.completedOn, 'completedOn', action.startedOn, 'son démarrage'));
  if (problem) return rejected(problem);
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('ActionCompleted', action.version + 1, when.occurredAt, {
      actionId: command.actionId,
      regionId: action.regionId,
      completedOn: command.completedOn,
      ...(command.note ? { note: command.note } : {}),
      ...(command.evidence ? { evidence: command.evidence } : {}),
    }),
  );
}

export function decideAbandonAction(
  command: CommandOfType<'AbandonAction'>,
  state: ActionState | undefined,
  context: DecisionContext,
): Decision {
  const found = existingAction(command.type, command.actionId, state, context);
  if ('rejection' in found) return rejected(found.rejection);
  const { action } = found;
  if (action.status === 'completed' || action.status === 'abandoned') {
    return rejected({
      kind: 'conflict',
      code: 'transition-impossible',
      message: `L'action ne peut pas être abandonnée : elle est déjà ${STATUS_LABELS[action.status]}.`,
      currentVersion: action.version,
    });
  }
  const problem =
    checkBusinessDate(command.abandonedOn, 'abandonedOn', context) ??
    notBefore(command.abandonedOn, 'abandonedOn', action.plannedOn, 'sa planification') ??
    (action.startedOn === null
      ? null
      : notBefore(command.abandonedOn, 'abandonedOn', action.startedOn, 'son démarrage'));
  if (problem) return rejected(problem);
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('ActionAbandoned', action.version + 1, when.occurredAt, {
      actionId: command.actionId,
      regionId: action.regionId,
      abandonedOn: command.abandonedOn,
      reason: command.reason,
    }),
  );
}
