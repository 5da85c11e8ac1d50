import type { Problem } from './read-api-types.js';

/** One field an API refused, and why, in French: an entry of a validation problem's `errors`. */
export type FieldIssue = NonNullable<Problem['errors']>[number];

/** Which API answered: the sentences for a failure without a problem document name it. */
export type ApiName = 'lecture' | 'saisie';

/**
 * A refusal or failure of the read or the ingest API, as the pages and forms show it: the French
 * sentence of its `application/problem+json` document (`detail`, else `title`), its stable `code`,
 * and, for invalid data, every field with its rule so that a form can show each beside its field.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly errors: readonly FieldIssue[] = [],
    /** The field a refusal names without a validation list (a conflict, an unknown identifier). */
    readonly field: string | null = null,
    /** For a stale expected version (409): the aggregate's version now. */
    readonly currentVersion: number | null = null,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function fieldIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!isObject(entry)) return [];
    const [field, rule, message] = [text(entry.field), text(entry.rule), text(entry.message)];
    return field && message ? [{ field, rule: rule ?? '', message }] : [];
  });
}

/** The problem an API answered with `status` and this body (parsed JSON, or whatever came). */
export function problemOf(api: ApiName, status: number, body: unknown): ApiProblem {
  const problem = isObject(body) ? body : {};
  const message =
    text(problem.detail) ?? text(problem.title) ?? `L'API de ${api} a répondu ${String(status)}.`;
  const currentVersion = typeof problem.currentVersion === 'number' ? problem.currentVersion : null;
  return new ApiProblem(
    status,
    message,
    text(problem.code),
    fieldIssues(problem.errors),
    text(problem.field),
    currentVersion,
  );
}

/** No answer at all: the network, a proxy, or the API is down. */
export function unreachable(api: ApiName): ApiProblem {
  return new ApiProblem(0, `L'API de ${api} est injoignable.`, 'injoignable');
}
