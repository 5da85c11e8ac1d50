/**
 * An error's message, whatever realm it comes from: errors thrown by `node:` modules fail
 * `instanceof Error` under Jest's ES module runner.
 */
export function errorMessage(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}

/** A Node system error's code ("ENOENT"...), read by shape for the same reason. */
export function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
