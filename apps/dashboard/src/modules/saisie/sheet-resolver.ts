import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';

import type { EntryLine } from '../../api/read-api-types.js';
import { checkEntry, type EntryContext, type EntryErrors, type EntryFields } from './entry-check.js';

/** A Saisie form: each indicator's value and comment, by indicator id. */
export type SheetValues = { lines: Record<string, EntryFields> };

function fieldErrors(errors: EntryErrors): Partial<Record<keyof EntryFields, FieldError>> {
  const out: Partial<Record<keyof EntryFields, FieldError>> = {};
  if (errors.value) out.value = { type: 'domain', message: errors.value };
  if (errors.comment) out.comment = { type: 'domain', message: errors.comment };
  return out;
}

/**
 * The form's validation as a person types: each figure entered is checked as a draft would be (the
 * French number, then the domain's schema and decision); an empty one waits. Declaring checks more
 * (a value, the comment rule): `checkEntry(…, 'declare')` at the gesture. Reads the lines through a
 * getter, so that the resolver stays the same while the sheet is read again.
 */
export function sheetResolver(
  lines: () => readonly EntryLine[],
  context: () => EntryContext,
): Resolver<SheetValues> {
  return (values) => {
    const errors: Record<string, Partial<Record<keyof EntryFields, FieldError>>> = {};
    for (const line of lines()) {
      const fields = values.lines[line.indicatorId];
      if (!fields) continue;
      const found = fieldErrors(checkEntry(line, fields, context(), 'draft').errors);
      if (Object.keys(found).length > 0) errors[line.indicatorId] = found;
    }
    return Object.keys(errors).length === 0
      ? { values, errors: {} }
      : { values: {}, errors: { lines: errors } as FieldErrors<SheetValues> };
  };
}
