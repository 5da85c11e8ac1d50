import { sameDelegate, type Delegate } from '../events/fields.js';
import { calendarDateOf, formatCalendarDate } from '../reference/calendar-date.js';
import type { ModeId } from '../reference/ids.js';
import type { Cci, MacroProcess } from '../reference/reference-data.js';
import { targetMilestoneOf } from '../reference/srom-cycles.js';
import type { SromCellState } from './aggregate-state.js';
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
import { reject, type Rejection } from './rejection.js';
import { mayRecordAbout } from './tenancy.js';
import type { DecisionContext } from './writer.js';

function modeName(context: DecisionContext, mode: ModeId | null): string {
  return mode === null ? 'aucun mode connu' : `${context.reference.mode(mode).label} (${mode})`;
}

function subjectOf(
  context: DecisionContext,
  cciId: string,
  macroProcessId: string,
): { cci: Cci; macroProcess: MacroProcess } | { rejection: Rejection } {
  const cci = context.reference.cci(cciId);
  if (!cci)
    return { rejection: reject.notFound('cci-inconnue', `La CCI « ${cciId} » est inconnue.`, 'cciId') };
  if (cci.kind === 'national') {
    return {
      rejection: reject.invalid(
        'cci-nationale',
        'Le SROM décrit les CCI d’une région, pas CCI France.',
        'cciId',
      ),
    };
  }
  const macroProcess = context.reference.macroProcess(macroProcessId);
  if (!macroProcess) {
    return {
      rejection: reject.notFound(
        'macro-processus-inconnu',
        `Le macro-processus « ${macroProcessId} » est inconnu.`,
        'macroProcessId',
      ),
    };
  }
  return { cci, macroProcess };
}

/** Intégration names who runs the process, and no other mode does; the delegate must make sense for the region. */
export function checkDelegate(
  context: DecisionContext,
  cci: Cci,
  mode: ModeId,
  delegate: Delegate | null,
): Rejection | null {
  if (mode !== 'I') {
    return delegate === null
      ? null
      : reject.invalid(
          'delegataire-hors-integration',
          `Seule l'Intégration (I) a un délégataire ; le mode ${modeName(context, mode)} n'en a pas.`,
          'delegate',
        );
  }
  if (delegate === null) {
    return reject.invalid(
      'delegataire-manquant',
      "L'Intégration (I) doit nommer son délégataire : CCI régionale, une CCI territoriale, CCI France, une délégation supra-régionale ou un tiers opérateur.",
      'delegate',
    );
  }
  const { reference } = context;
  switch (delegate.kind) {
    case 'ccir': {
      const regional = cci.regionId === null ? undefined : reference.regionalCci(cci.regionId);
      return delegate.cciId === regional?.id
        ? null
        : reject.invalid(
            'delegataire-incoherent',
            `Le délégataire « CCI régionale » doit être ${regional?.name ?? 'la CCI régionale de la région'}.`,
            'delegate.cciId',
          );
    }
    case 'ccit': {
      const delegateCci = delegate.cciId === undefined ? undefined : reference.cci(delegate.cciId);
      return delegateCci?.kind === 'territorial' && delegateCci.regionId === cci.regionId
        ? null
        : reject.invalid(
            'delegataire-incoherent',
            `Le délégataire « CCI territoriale » doit être une CCI territoriale de la même région que ${cci.name}.`,
            'delegate.cciId',
          );
    }
    case 'national':
      return delegate.cciId === reference.nationalCci().id
        ? null
        : reject.invalid(
            'delegataire-incoherent',
            `La délégation nationale se fait à ${reference.nationalCci().name}.`,
            'delegate.cciId',
          );
    case 'supra-regional':
    case 'third-party':
      return delegate.name === undefined
        ? reject.invalid('delegataire-manquant', 'Ce délégataire doit être nommé.', 'delegate.name')
        : null;
  }
}

export function decideChangeProcessMode(
  command: CommandOfType<'ChangeProcessMode'>,
  state: SromCellState | undefined,
  context: DecisionContext,
): Decision {
  const subject = subjectOf(context, command.cciId, command.macroProcessId);
  if ('rejection' in subject) return rejected(subject.rejection);
  const forbidden = mayRecordAbout(context, subject.cci, command.type);
  if (forbidden) return rejected(forbidden);

  const current = state ?? { version: 0, mode: null, effectiveDate: null };
  if (command.expectedVersion !== current.version)
    return rejected(reject.staleVersion(command.expectedVersion, current.version));
  if (command.from !== current.mode) {
    return rejected(
      reject.invalid(
        'mode-de-depart-errone',
        `Le mode actuel de « ${subject.macroProcess.label} » pour ${subject.cci.name} est ${modeName(context, current.mode)}, pas ${modeName(context, command.from)}.`,
        'from',
      ),
    );
  }
  if (
    command.to === command.from &&
    (command.to !== 'I' || sameDelegate(state?.delegate ?? null, command.delegate))
  ) {
    return rejected(
      reject.invalid(
        'mode-inchange',
        `Le mode est déjà ${modeName(context, command.to)} : rien ne change.`,
        'to',
      ),
    );
  }
  const problem =
    checkDelegate(context, subject.cci, command.to, command.delegate) ??
    checkBusinessDate(command.effectiveDate, 'effectiveDate', context) ??
    checkDecidedBy(context, command.decidedBy);
  if (problem) return rejected(problem);
  if (current.effectiveDate !== null && command.effectiveDate < current.effectiveDate) {
    return rejected(
      reject.invalid(
        'date-anterieure',
        `La date d'effet (${formatCalendarDate(command.effectiveDate)}) précède celle du dernier changement enregistré (${formatCalendarDate(current.effectiveDate)}).`,
        'effectiveDate',
      ),
    );
  }
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);

  return accepted(
    draft('ProcessModeChanged', current.version + 1, when.occurredAt, {
      cciId: command.cciId,
      macroProcessId: command.macroProcessId,
      from: command.from,
      to: command.to,
      delegate: command.delegate,
      effectiveDate: command.effectiveDate,
      rationale: command.rationale,
      decidedBy: command.decidedBy,
      ...(command.evidence ? { evidence: command.evidence } : {}),
    }),
  );
}

/**
 * The milestone a projection is set for: the one the command names, which must be a cycle's target,
 * or else the target of the cycle in force today.
 */
function projectionMilestone(
  context: DecisionContext,
  milestoneId: string | undefined,
): { milestoneId: string } | { rejection: Rejection } {
  if (milestoneId === undefined)
    return {
      milestoneId: targetMilestoneOf(context.reference.sromCycleInForce(calendarDateOf(context.now))).id,
    };
  const cycle = context.reference.sromCycleOfMilestone(milestoneId);
  if (cycle && targetMilestoneOf(cycle).id === milestoneId) return { milestoneId };
  const targets = context.reference.sromCycles.map((c) => targetMilestoneOf(c).id).join(', ');
  return {
    rejection: reject.invalid(
      'jalon-inconnu',
      `Le jalon « ${milestoneId} » n'est la projection d'aucun cycle du SROM (projections connues : ${targets}).`,
      'milestoneId',
    ),
  };
}

export function decideSetProcessModeTarget(
  command: CommandOfType<'SetProcessModeTarget'>,
  state: SromCellState | undefined,
  context: DecisionContext,
): Decision {
  const subject = subjectOf(context, command.cciId, command.macroProcessId);
  if ('rejection' in subject) return rejected(subject.rejection);
  const forbidden = mayRecordAbout(context, subject.cci, command.type);
  if (forbidden) return rejected(forbidden);
  const version = state?.version ?? 0;
  if (command.expectedVersion !== version)
    return rejected(reject.staleVersion(command.expectedVersion, version));
  const milestone = projectionMilestone(context, command.milestoneId);
  if ('rejection' in milestone) return rejected(milestone.rejection);
  const problem =
    checkDelegate(context, subject.cci, command.mode, command.delegate) ??
    checkDecidedBy(context, command.decidedBy);
  if (problem) return rejected(problem);
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);

  return accepted(
    draft('ProcessModeTargetSet', version + 1, when.occurredAt, {
      cciId: command.cciId,
      macroProcessId: command.macroProcessId,
      milestoneId: milestone.milestoneId,
      mode: command.mode,
      delegate: command.delegate,
      rationale: command.rationale,
      decidedBy: command.decidedBy,
      ...(command.evidence ? { evidence: command.evidence } : {}),
    }),
  );
}
