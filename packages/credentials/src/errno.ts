/**
 * Checks a Node system error's code by shape rather than with `instanceof Error`: errors thrown by
 * `node:fs` come from another realm under Jest's module runner, where `instanceof` fails.
 */
export function hasErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** An error's message, whatever realm it comes from. */
export function errorMessage(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}
