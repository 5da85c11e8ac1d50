import { calendarDateOf } from '../reference/calendar-date.js';
import { parsePeriod, periodFrequency, periodLabel } from '../reference/period.js';
import type { Cci, Indicator, ObjectivesConvention } from '../reference/reference-data.js';
import type { ConventionState, IndicatorReportState, IndicatorTargetState } from './aggregate-state.js';
import type { CommandOfType } from './commands.js';
import { accepted, checkBusinessDate, draft, occurredAtOf, rejected, type Decision } from './decision.js';
import { reject, type Rejection } from './rejection.js';
import { mayRecordAbout, type FactScope } from './tenancy.js';
import type { DecisionContext } from './writer.js';

type IndicatorSubject = { cci: Cci; indicator: Indicator; com: ObjectivesConvention };

function indicatorSubject(
  context: DecisionContext,
  cciId: string,
  indicatorId: string,
  scope: FactScope,
): IndicatorSubject | { rejection: Rejection } {
  const { reference } = context;
  const cci = reference.cci(cciId);
  if (!cci)
    return { rejection: reject.notFound('cci-inconnue', `La CCI « ${cciId} » est inconnue.`, 'cciId') };
  const forbidden = mayRecordAbout(context, cci, scope);
  if (forbidden) return { rejection: forbidden };
  const indicator = reference.indicator(indicatorId);
  if (!indicator)
    return {
      rejection: reject.notFound(
        'indicateur-inconnu',
        `L'indicateur « ${indicatorId} » est inconnu.`,
        'indicatorId',
      ),
    };
  const com = reference.com(indicator.comId);
  if (!com || indicator.regionId !== cci.regionId) {
    return {
      rejection: reject.invalid(
        'indicateur-hors-com',
        `L'indicateur « ${indicator.label} » appartient à la ${com?.label ?? 'COM d’une autre région'}, pas à celle de ${cci.name}.`,
        'indicatorId',
      ),
    };
  }
  return { cci, indicator, com };
}

/** A value is finite (checked by the schema), in the indicator's unit, and within what that unit allows. */
function checkValue(
  context: DecisionContext,
  indicator: Indicator,
  unitId: string,
  value: number,
  field: string,
): Rejection | null {
  const unit = context.reference.unit(indicator.unitId);
  if (!unit) return reject.invalid('unite-inconnue', `L'unité de l'indicateur est inconnue.`, 'unitId');
  if (unitId !== unit.id) {
    return reject.invalid(
      'unite-erronee',
      `L'indicateur « ${indicator.label} » se déclare en ${unit.label} (« ${unit.id} »), pas en « ${unitId} ».`,
      'unitId',
    );
  }
  if (unit.nonNegative && value < 0) {
    return reject.invalid(
      'valeur-negative',
      `Une valeur en ${unit.label} ne peut pas être négative (${value}).`,
      field,
    );
  }
  if (unit.integer && !Number.isInteger(value)) {
    return reject.invalid(
      'valeur-non-entiere',
      `Une valeur en ${unit.label} est un nombre entier (${value}).`,
      field,
    );
  }
  if (unit.max !== null && value > unit.max) {
    return reject.invalid(
      'valeur-trop-grande',
      `Une valeur en ${unit.label} ne dépasse pas ${unit.max} (${value}).`,
      field,
    );
  }
  return null;
}

function checkPeriod(context: DecisionContext, subject: IndicatorSubject, period: string): Rejection | null {
  const parsed = parsePeriod(period);
  if (!parsed)
    return reject.invalid('periode-illisible', `La période « ${period} » est illisible.`, 'period');
  const { com, indicator } = subject;
  if (parsed.year < com.years.from || parsed.year > com.years.to) {
    return reject.invalid(
      'periode-hors-com',
      `La période ${periodLabel(period)} sort des années de la ${com.label} (${com.years.from}-${com.years.to}).`,
      'period',
    );
  }
  if (periodFrequency(parsed) !== indicator.frequency) {
    const expected =
      indicator.frequency === 'quarterly' ? 'trimestrielle (ex. 2024-T3)' : 'annuelle (ex. 2024)';
    return reject.invalid(
      'periode-frequence',
      `L'indicateur « ${indicator.label} » se déclare par période ${expected}.`,
      'period',
    );
  }
  const firstMonth = parsed.quarter === null ? 1 : parsed.quarter * 3 - 2;
  const start = `${parsed.year}-${String(firstMonth).padStart(2, '0')}-01`;
  if (start > calendarDateOf(context.now)) {
    return reject.invalid(
      'periode-future',
      `La période ${periodLabel(period)} n'a pas encore commencé.`,
      'period',
    );
  }
  return null;
}

export function decideReportIndicator(
  command: CommandOfType<'ReportIndicator'>,
  state: IndicatorReportState | undefined,
  context: DecisionContext,
): Decision {
  const subject = indicatorSubject(context, command.cciId, command.indicatorId, 'own');
  if ('rejection' in subject) return rejected(subject.rejection);
  const problem =
    checkValue(context, subject.indicator, command.unitId, command.value, 'value') ??
    checkPeriod(context, subject, command.period);
  if (problem) return rejected(problem);
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);

  if (!state) {
    return accepted(
      draft('IndicatorReported', 1, when.occurredAt, {
        cciId: command.cciId,
        indicatorId: command.indicatorId,
        period: command.period,
        value: command.value,
        unitId: command.unitId,
        comment: command.comment,
      }),
    );
  }
  // The same CCI, indicator and period reported again is a correction: the earlier value stays in the log.
  if (state.value === command.value && state.comment === command.comment) return accepted();
  if (Date.parse(when.occurredAt) < Date.parse(state.occurredAt)) {
    return rejected(
      reject.invalid(
        'date-anterieure',
        'Cette déclaration est antérieure à la valeur déjà enregistrée.',
        'occurredAt',
      ),
    );
  }
  return accepted(
    draft('IndicatorReportCorrected', state.version + 1, when.occurredAt, {
      cciId: command.cciId,
      indicatorId: command.indicatorId,
      period: command.period,
      previousValue: state.value,
      value: command.value,
      unitId: command.unitId,
      comment: command.comment,
      reason: `Nouvelle déclaration pour ${periodLabel(command.period)}`,
    }),
  );
}

export function decideCorrectIndicatorReport(
  command: CommandOfType<'CorrectIndicatorReport'>,
  state: IndicatorReportState | undefined,
  context: DecisionContext,
): Decision {
  const subject = indicatorSubject(context, command.cciId, command.indicatorId, 'own');
  if ('rejection' in subject) return rejected(subject.rejection);
  if (!state) {
    return rejected(
      reject.notFound(
        'declaration-inconnue',
        `Aucune valeur n'a été déclarée pour « ${subject.indicator.label} » en ${periodLabel(command.period)} : il n'y a rien à corriger.`,
        'period',
      ),
    );
  }
  if (command.expectedVersion !== undefined && command.expectedVersion !== state.version) {
    return rejected(reject.staleVersion(command.expectedVersion, state.version));
  }
  const problem = checkValue(context, subject.indicator, command.unitId, command.value, 'value');
  if (problem) return rejected(problem);
  if (state.value === command.value && state.comment === command.comment) {
    return rejected(
      reject.invalid(
        'correction-sans-changement',
        'La correction ne change ni la valeur ni le commentaire.',
        'value',
      ),
    );
  }
  const when = occurredAtOf(command.occurredAt, context);
  if ('rejection' in when) return rejected(when.rejection);
  if (Date.parse(when.occurredAt) < Date.parse(state.occurredAt)) {
    return rejected(
      reject.invalid(
        'date-anterieure',
        'Cette correction est antérieure à la valeur qu’elle corrige.',
        'occurredAt',
      ),
    );
  }
  return accepted(
    draft('IndicatorReportCorrected', state.version + 1, when.occurredAt, {
      cciId: command.cciId,
      indicatorId: command.indicatorId,
      period: command.period,
      previousValue: state.value,
      value: command.value,
      unitId: command.unitId,
      comment: command.comment,
      reason: command.reason,
    }),
  );
}

export function decideSetIndicatorTarget(
  command: CommandOfType<'SetIndicatorTarget'>,
  state: IndicatorTargetState | undefined,
  context: DecisionContext,
): Decision {
  const subject = indicatorSubject(context, command.cciId, command.indicatorId, 'regional-only');
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
  const problem = checkValue(context, subject.indicator, command.unitId, command.target, 'target');
  if (problem) return rejected(problem);
  if (state?.target === command.target) return accepted();
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
  const forbidden = mayRecordAbout(context, regional, 'regional-only');
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
