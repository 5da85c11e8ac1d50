/** Injection tokens an application provides for the shared HTTP pieces. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
export const BODY_LIMIT_BYTES = Symbol('BODY_LIMIT_BYTES');
/** The `CallerAuthenticator` the guard asks who calls: each API builds it with its own directory. */
export const CALLER_AUTHENTICATOR = Symbol('CALLER_AUTHENTICATOR');
/** Told of every refused authentication or rate-limited call: the application's audit trail. */
export const AUTHENTICATION_AUDIT = Symbol('AUTHENTICATION_AUDIT');
