import {
  decide,
  missingCommentMessage,
  parseCommand,
  referenceData,
  rolesOfCci,
  type ReferenceData,
} from '@cci/domain';
import { readFrenchNumber } from '@cci/indicator-sheet';

import type { EntryLine } from '../../api/read-api-types.js';
import { formatNumber } from '../format/french-format.js';

/** What a person types for one figure: the value as text ("1 234,5") and the comment. */
export type EntryFields = { value: string; comment: string };

/** Why a figure cannot be kept or declared, beside the field it is about. */
export type EntryErrors = Partial<Record<keyof EntryFields, string>>;

/** A figure read from what was typed, ready to send. */
export type Figure = { value: number; comment: string | null };

export type EntryCheck = { figure: Figure | null; errors: EntryErrors };

/** Keeping a draft, or declaring: only a declaration needs a value and, when it moves far, a comment. */
export type EntryPurpose = 'draft' | 'declare';

export type EntryContext = { cciId: string; period: string; now: Date; reference?: ReferenceData };

/** The fields of a form line as the sheet gives them: the draft if any, else the declared figure. */
export function entryFieldsOf(line: EntryLine): EntryFields {
  const source = line.draft ?? (line.value === null ? null : { value: line.value, comment: line.comment });
  return source === null
    ? { value: '', comment: '' }
    : { value: formatNumber(source.value), comment: source.comment ?? '' };
}

function fieldOf(field: string | undefined): keyof EntryFields {
  return field === 'comment' ? 'comment' : 'value';
}

/**
 * Checks one figure as the API will: the French number, then the command's schema and the domain's
 * decision (unit, bounds, period, who may declare), then, to declare, the comment rule against the
 * previous period and the target the sheet shows. The messages are the API's own sentences; what the
 * browser cannot know (a closed period, someone else's change) is the API's to refuse.
 */
export function checkEntry(
  line: EntryLine,
  fields: EntryFields,
  context: EntryContext,
  purpose: EntryPurpose,
): EntryCheck {
  const reference = context.reference ?? referenceData;
  const text = fields.value.trim();
  if (text === '') {
    return {
      figure: null,
      errors: purpose === 'declare' ? { value: 'Saisissez une valeur avant de la déclarer.' } : {},
    };
  }
  const number = readFrenchNumber(text);
  if ('problem' in number)
    return { figure: null, errors: { value: `La valeur « ${text} » ${number.problem}.` } };
  const comment = fields.comment.trim() === '' ? null : fields.comment.trim();
  const body = {
    cciId: context.cciId,
    indicatorId: line.indicatorId,
    period: context.period,
    value: number.value,
    unitId: line.unitId,
    comment,
  };
  const parsed = parseCommand(purpose === 'draft' ? 'DraftIndicatorValue' : 'ReportIndicator', body);
  if ('issues' in parsed) {
    const errors: EntryErrors = {};
    for (const issue of parsed.issues) errors[fieldOf(issue.field)] ??= issue.message;
    return { figure: null, errors };
  }
  const decision = decide(parsed.command, undefined, {
    writer: {
      cciId: context.cciId,
      agent: { kind: 'tool', tool: 'tableau-de-bord', operator: null },
      roles: rolesOfCci(reference, context.cciId),
    },
    reference,
    now: context.now,
    lookup: () => undefined,
  });
  if ('rejection' in decision) {
    return { figure: null, errors: { [fieldOf(decision.rejection.field)]: decision.rejection.message } };
  }
  const figure = { value: number.value, comment };
  if (purpose === 'draft') return { figure, errors: {} };
  const indicator = reference.indicator(line.indicatorId);
  const uncommented = indicator
    ? missingCommentMessage({
        value: figure.value,
        comment,
        previous: line.previousPeriod,
        yearTarget: line.target,
        aggregation: indicator.aggregation,
        frequency: indicator.frequency,
        unitLabel: reference.unit(indicator.unitId)?.label ?? indicator.unitId,
      })
    : null;
  return uncommented === null ? { figure, errors: {} } : { figure: null, errors: { comment: uncommented } };
}

/** Whether what is typed is the figure already declared: declaring it again would change nothing. */
export function isDeclaredFigure(line: EntryLine, figure: Figure): boolean {
  return line.value !== null && line.value === figure.value && line.comment === figure.comment;
}

/** Where a figure stands, as the Saisie page names it: a draft shows until something is declared. */
export type EntryStatus = 'a-declarer' | 'brouillon' | 'declaree' | 'renvoyee' | 'validee';

export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = {
  'a-declarer': 'À déclarer',
  brouillon: 'Brouillon',
  declaree: 'Déclarée',
  renvoyee: 'Renvoyée',
  validee: 'Validée',
};

export function entryStatus(line: EntryLine): EntryStatus {
  return line.state === 'a-declarer' && line.draft !== null ? 'brouillon' : line.state;
}
