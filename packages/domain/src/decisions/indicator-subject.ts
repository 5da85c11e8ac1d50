import { calendarDateOf } from '../reference/calendar-date.js';
import { parsePeriod, periodDays, periodFrequency, periodLabel } from '../reference/period.js';
import type { Cci, Indicator, ObjectivesConvention } from '../reference/reference-data.js';
import { reject, type Rejection } from './rejection.js';
import type { Operation } from '../access/access-policy.js';
import { mayRecordAbout } from './tenancy.js';
import type { DecisionContext } from './writer.js';

/** The CCI, the indicator and the COM a fact about an indicator names, once checked against each other. */
export type IndicatorSubject = { cci: Cci; indicator: Indicator; com: ObjectivesConvention };

export function indicatorSubject(
  context: DecisionContext,
  cciId: string,
  indicatorId: string,
  operation: Operation,
): IndicatorSubject | { rejection: Rejection } {
  const { reference } = context;
  const cci = reference.cci(cciId);
  if (!cci)
    return { rejection: reject.notFound('cci-inconnue', `La CCI « ${cciId} » est inconnue.`, 'cciId') };
  const forbidden = mayRecordAbout(context, cci, operation);
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
export function checkValue(
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

/** A period within the COM's years, at the indicator's frequency, and already begun. */
export function checkPeriod(
  context: DecisionContext,
  subject: IndicatorSubject,
  period: string,
): Rejection | null {
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
  if (periodDays(parsed).first > calendarDateOf(context.now)) {
    return reject.invalid(
      'periode-future',
      `La période ${periodLabel(period)} n'a pas encore commencé.`,
      'period',
    );
  }
  return null;
}

/** A value as people read it: "1 234,5 entreprises". */
export function amountText(context: DecisionContext, indicator: Indicator, value: number): string {
  const unit = context.reference.unit(indicator.unitId);
  return `${value.toLocaleString('fr-FR')} ${unit?.label ?? indicator.unitId}`;
}
