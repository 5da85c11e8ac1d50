import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';

import { ApiProblem } from '../../api/api-problem.js';

/** Where a problem's messages go in a form: beside the fields they name, or above the form. */
export type PlacedProblem<F extends string> = {
  fields: { field: F; message: string }[];
  form: string[];
};

/** The form field a message about `field` goes beside: that field, else the nearest enclosing one. */
function formFieldOf<F extends string>(field: string | null, fields: readonly F[]): F | undefined {
  for (let path = field; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : null) {
    const found = fields.find((name) => name === path);
    if (found) return found;
  }
  return undefined;
}

/**
 * Places an API problem in a form whose fields are `fields` (react-hook-form paths, which are the
 * API's field names): each entry of `errors[]` beside its field (the first one per field), a refusal
 * naming one `field` (a conflict, an unknown id) beside it, and whatever names no field of the form
 * above it.
 */
export function placeProblem<F extends string>(problem: ApiProblem, fields: readonly F[]): PlacedProblem<F> {
  const placed: PlacedProblem<F> = { fields: [], form: [] };
  const place = (field: string | null, message: string) => {
    const target = formFieldOf(field, fields);
    if (target === undefined) placed.form.push(message);
    else if (!placed.fields.some((f) => f.field === target)) placed.fields.push({ field: target, message });
  };
  if (problem.errors.length === 0) place(problem.field, problem.message);
  for (const issue of problem.errors) place(issue.field, issue.message);
  return placed;
}

/**
 * Shows an API's refusal in a react-hook-form form: each field's message beside it (as an error of
 * type "server", which the next change of the field clears), and returns the messages for the form
 * as a whole. An error that is not an API problem is a message for the whole form.
 */
export function showProblem<V extends FieldValues>(
  setError: UseFormSetError<V>,
  error: Error,
  fields: readonly FieldPath<V>[],
): string[] {
  if (!(error instanceof ApiProblem)) return [error.message];
  const placed = placeProblem(error, fields);
  for (const { field, message } of placed.fields) setError(field, { type: 'server', message });
  return placed.form;
}
