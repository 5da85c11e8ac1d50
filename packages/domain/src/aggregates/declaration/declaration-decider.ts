import type { CommandOfType } from '../../decisions/commands.js';
import { accepted, draft, occurredAtAfter, rejected, type Decision } from '../../decisions/decision.js';
import {
  amountText,
  checkPeriod,
  checkValue,
  indicatorSubject,
  type IndicatorSubject,
} from '../../decisions/indicator-subject.js';
import { reject, type Rejection } from '../../decisions/rejection.js';
import type { DecisionContext } from '../../decisions/writer.js';
import { aggregateIds } from '../../events/event-catalog.js';
import { parsePeriod, periodLabel, shiftPeriod } from '../../reference/period.js';
import { periodLock } from '../campaign/period-lock.js';
import type { Decider } from '../decider.js';
import { missingCommentMessage } from './comment-rule.js';
import {
  evolveDeclaration,
  initialDeclarationState,
  sameFigure,
  type DeclarationEvent,
  type DeclarationState,
  type Figure,
} from './declaration.js';

export type DeclarationCommand = CommandOfType<
  | 'ReportIndicator'
  | 'DraftIndicatorValue'
  | 'DeclareIndicatorDraft'
  | 'CorrectIndicatorReport'
  | 'ValidateDeclaration'
  | 'SendBackDeclaration'
>;

const STATUS_TEXT = {
  'a-declarer': 'à déclarer',
  declaree: 'en attente de validation',
  validee: 'validée',
  renvoyee: 'renvoyée par la région',
} as const;

/** What the declaration holds now, for a client whose reading is stale: the other person's value. */
function currentText(context: DecisionContext, subject: IndicatorSubject, state: DeclarationState): string {
  const parts = [
    state.declared
      ? `valeur déclarée ${amountText(context, subject.indicator, state.declared.value)} (${STATUS_TEXT[state.status]})`
      : 'rien de déclaré',
  ];
  if (state.draft) parts.push(`brouillon ${amountText(context, subject.indicator, state.draft.value)}`);
  return parts.join(' ; ');
}

function staleDeclaration(
  context: DecisionContext,
  subject: IndicatorSubject,
  state: DeclarationState,
  expected: number | undefined,
): Rejection | null {
  if (expected === undefined || expected === state.version) return null;
  return {
    ...reject.staleVersion(expected, state.version),
    message: `Ce chiffre a changé depuis votre lecture (version attendue ${expected}, version actuelle ${state.version}) : ${currentText(context, subject, state)}. Relisez-le avant de recommencer.`,
  };
}

type CciCommand = CommandOfType<
  'ReportIndicator' | 'DraftIndicatorValue' | 'DeclareIndicatorDraft' | 'CorrectIndicatorReport'
>;

/** What every change a CCI makes to its own figure checks first: who, which figure, which version, a locked period. */
function cciPreamble(
  command: CciCommand,
  state: DeclarationState,
  context: DecisionContext,
): IndicatorSubject | { rejection: Rejection } {
  const subject = indicatorSubject(context, command.cciId, command.indicatorId, command.type);
  if ('rejection' in subject) return subject;
  const problem =
    checkPeriod(context, subject, command.period) ??
    periodLock(context, subject.cci, command.period, 'cci') ??
    staleDeclaration(context, subject, state, command.expectedVersion);
  return problem ? { rejection: problem } : subject;
}

/** The aggregates the comment rule reads: the previous period's declaration and the year's target. */
export function commentRuleReads(cciId: string, indicatorId: string, period: string): string[] {
  const previous = shiftPeriod(period, -1);
  const year = parsePeriod(period)?.year;
  return [
    ...(previous === null ? [] : [aggregateIds.indicatorReport(cciId, indicatorId, previous)]),
    ...(year === undefined ? [] : [aggregateIds.indicatorTarget(cciId, indicatorId, year)]),
  ];
}

/** A figure that moves far from the previous period or the target needs a comment (`comment-rule.ts`). */
function missingComment(
  context: DecisionContext,
  subject: IndicatorSubject,
  period: string,
  figure: Figure,
): Rejection | null {
  const previousPeriod = shiftPeriod(period, -1);
  const year = parsePeriod(period)?.year;
  const previous =
    previousPeriod === null
      ? undefined
      : context.lookup(aggregateIds.indicatorReport(subject.cci.id, subject.indicator.id, previousPeriod));
  const target =
    year === undefined
      ? undefined
      : context.lookup(aggregateIds.indicatorTarget(subject.cci.id, subject.indicator.id, year));
  const previousValue = previous?.kind === 'declaration' ? (previous.declared?.value ?? null) : null;
  const message = missingCommentMessage({
    value: figure.value,
    comment: figure.comment,
    previous:
      previousPeriod !== null && previousValue !== null
        ? { period: previousPeriod, value: previousValue }
        : null,
    yearTarget: target?.kind === 'indicator-target' ? target.target : null,
    aggregation: subject.indicator.aggregation,
    frequency: subject.indicator.frequency,
    unitLabel: context.reference.unit(subject.indicator.unitId)?.label ?? subject.indicator.unitId,
  });
  return message === null ? null : reject.invalid('commentaire-requis', message, 'comment');
}

/**
 * Declares a figure: the first declaration of the period, or a correction of the declared one (which
 * makes a validated or sent-back declaration déclarée again). The same figure declared again changes
 * nothing, except after a send-back, where the region expects a change.
 */
function declare(
  command: CciCommand,
  subject: IndicatorSubject,
  state: DeclarationState,
  figure: Figure,
  context: DecisionContext,
  reason: string | null,
): Decision {
  const when = occurredAtAfter(
    command.occurredAt,
    state.lastOccurredAt,
    context,
    state.declared
      ? 'Cette déclaration est antérieure à la valeur déjà enregistrée.'
      : 'Cette déclaration est antérieure au brouillon déjà enregistré.',
  );
  if ('rejection' in when) return rejected(when.rejection);
  const of = { cciId: command.cciId, indicatorId: command.indicatorId, period: command.period };
  const uncommented = sameFigure(state.declared, figure)
    ? null
    : missingComment(context, subject, command.period, figure);
  if (uncommented) return rejected(uncommented);
  if (!state.declared)
    return accepted(draft('IndicatorReported', state.version + 1, when.occurredAt, { ...of, ...figure }));
  if (sameFigure(state.declared, figure)) {
    if (state.status !== 'renvoyee') return accepted();
    return rejected(
      reject.invalid(
        'renvoi-sans-changement',
        `${subject.cci.name} doit revoir ce chiffre, renvoyé par la région : changez la valeur ou expliquez-la dans le commentaire avant de le déclarer à nouveau.`,
        'value',
      ),
    );
  }
  const label = periodLabel(command.period);
  return accepted(
    draft('IndicatorReportCorrected', state.version + 1, when.occurredAt, {
      ...of,
      previousValue: state.declared.value,
      ...figure,
      reason:
        reason ??
        (state.status === 'renvoyee'
          ? `Nouvelle déclaration après renvoi pour ${label}`
          : `Nouvelle déclaration pour ${label}`),
    }),
  );
}

function decideReportIndicator(
  command: CommandOfType<'ReportIndicator'>,
  state: DeclarationState,
  context: DecisionContext,
): Decision {
  const subject = cciPreamble(command, state, context);
  if ('rejection' in subject) return rejected(subject.rejection);
  const problem = checkValue(context, subject.indicator, command.unitId, command.value, 'value');
  if (problem) return rejected(problem);
  const { value, unitId, comment } = command;
  return declare(command, subject, state, { value, unitId, comment }, context, null);
}

function decideDraftIndicatorValue(
  command: CommandOfType<'DraftIndicatorValue'>,
  state: DeclarationState,
  context: DecisionContext,
): Decision {
  const subject = cciPreamble(command, state, context);
  if ('rejection' in subject) return rejected(subject.rejection);
  const problem = checkValue(context, subject.indicator, command.unitId, command.value, 'value');
  if (problem) return rejected(problem);
  const figure = { value: command.value, unitId: command.unitId, comment: command.comment };
  if (sameFigure(state.draft, figure)) return accepted();
  const when = occurredAtAfter(
    command.occurredAt,
    state.lastOccurredAt,
    context,
    'Ce brouillon est antérieur au dernier fait enregistré sur ce chiffre.',
  );
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('IndicatorValueDrafted', state.version + 1, when.occurredAt, {
      cciId: command.cciId,
      indicatorId: command.indicatorId,
      period: command.period,
      ...figure,
    }),
  );
}

function decideDeclareIndicatorDraft(
  command: CommandOfType<'DeclareIndicatorDraft'>,
  state: DeclarationState,
  context: DecisionContext,
): Decision {
  const subject = cciPreamble(command, state, context);
  if ('rejection' in subject) return rejected(subject.rejection);
  if (!state.draft) {
    return rejected(
      reject.invalid(
        'brouillon-absent',
        `Aucun brouillon n'est gardé pour « ${subject.indicator.label} » en ${periodLabel(command.period)} : saisissez une valeur pour la déclarer.`,
        'period',
      ),
    );
  }
  const problem = checkValue(context, subject.indicator, state.draft.unitId, state.draft.value, 'value');
  if (problem) return rejected(problem);
  return declare(command, subject, state, state.draft, context, null);
}

function decideCorrectIndicatorReport(
  command: CommandOfType<'CorrectIndicatorReport'>,
  state: DeclarationState,
  context: DecisionContext,
): Decision {
  const subject = cciPreamble(command, state, context);
  if ('rejection' in subject) return rejected(subject.rejection);
  if (!state.declared) {
    return rejected(
      reject.notFound(
        'declaration-inconnue',
        `Aucune valeur n'a été déclarée pour « ${subject.indicator.label} » en ${periodLabel(command.period)} : il n'y a rien à corriger.`,
        'period',
      ),
    );
  }
  const problem = checkValue(context, subject.indicator, command.unitId, command.value, 'value');
  if (problem) return rejected(problem);
  const figure = { value: command.value, unitId: command.unitId, comment: command.comment };
  if (sameFigure(state.declared, figure)) {
    return rejected(
      reject.invalid(
        'correction-sans-changement',
        'La correction ne change ni la valeur ni le commentaire.',
        'value',
      ),
    );
  }
  return declare(command, subject, state, figure, context, command.reason);
}

type ReviewCommand = CommandOfType<'ValidateDeclaration' | 'SendBackDeclaration'>;

/** What the region's review of a declaration checks first: its own CCIs, something declared, the version it read. */
function reviewPreamble(
  command: ReviewCommand,
  state: DeclarationState,
  context: DecisionContext,
):
  | { subject: IndicatorSubject; declared: NonNullable<DeclarationState['declared']> }
  | { rejection: Rejection } {
  const subject = indicatorSubject(context, command.cciId, command.indicatorId, command.type);
  if ('rejection' in subject) return subject;
  const lock = periodLock(context, subject.cci, command.period, 'region');
  if (lock) return { rejection: lock };
  const { declared } = state;
  if (!declared) {
    return {
      rejection: reject.notFound(
        'declaration-absente',
        `${subject.cci.name} n'a rien déclaré pour « ${subject.indicator.label} » en ${periodLabel(command.period)} : il n'y a rien à revoir.`,
        'period',
      ),
    };
  }
  if (command.declaredVersion !== declared.version) {
    return {
      rejection: {
        kind: 'conflict',
        code: 'declaration-modifiee',
        message: `${subject.cci.name} a déclaré à nouveau depuis votre lecture : la déclaration en cours est la version ${declared.version} (${amountText(context, subject.indicator, declared.value)}), pas la ${command.declaredVersion}. Relisez-la avant de la revoir.`,
        field: 'declaredVersion',
        currentVersion: declared.version,
      },
    };
  }
  return { subject, declared };
}

function decideValidateDeclaration(
  command: CommandOfType<'ValidateDeclaration'>,
  state: DeclarationState,
  context: DecisionContext,
): Decision {
  const review = reviewPreamble(command, state, context);
  if ('rejection' in review) return rejected(review.rejection);
  if (state.status === 'validee') return accepted();
  const when = occurredAtAfter(
    command.occurredAt,
    state.lastOccurredAt,
    context,
    'Cette validation est antérieure au dernier fait enregistré sur ce chiffre.',
  );
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('DeclarationValidated', state.version + 1, when.occurredAt, {
      cciId: command.cciId,
      indicatorId: command.indicatorId,
      period: command.period,
      declaredVersion: review.declared.version,
      value: review.declared.value,
      unitId: review.declared.unitId,
    }),
  );
}

function decideSendBackDeclaration(
  command: CommandOfType<'SendBackDeclaration'>,
  state: DeclarationState,
  context: DecisionContext,
): Decision {
  const review = reviewPreamble(command, state, context);
  if ('rejection' in review) return rejected(review.rejection);
  if (state.status === 'renvoyee' && state.sentBackComment === command.comment) return accepted();
  const when = occurredAtAfter(
    command.occurredAt,
    state.lastOccurredAt,
    context,
    'Ce renvoi est antérieur au dernier fait enregistré sur ce chiffre.',
  );
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('DeclarationSentBack', state.version + 1, when.occurredAt, {
      cciId: command.cciId,
      indicatorId: command.indicatorId,
      period: command.period,
      declaredVersion: review.declared.version,
      comment: command.comment,
    }),
  );
}

export const declarationDecider: Decider<DeclarationState, DeclarationCommand, DeclarationEvent> = {
  initialState: initialDeclarationState,
  evolve: evolveDeclaration,
  decide(command, state, context) {
    switch (command.type) {
      case 'ReportIndicator':
        return decideReportIndicator(command, state, context);
      case 'DraftIndicatorValue':
        return decideDraftIndicatorValue(command, state, context);
      case 'DeclareIndicatorDraft':
        return decideDeclareIndicatorDraft(command, state, context);
      case 'CorrectIndicatorReport':
        return decideCorrectIndicatorReport(command, state, context);
      case 'ValidateDeclaration':
        return decideValidateDeclaration(command, state, context);
      case 'SendBackDeclaration':
        return decideSendBackDeclaration(command, state, context);
    }
  },
};
