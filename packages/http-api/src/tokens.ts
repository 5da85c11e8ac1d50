/** Injection tokens an application provides for the shared HTTP pieces. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
export const BODY_LIMIT_BYTES = Symbol('BODY_LIMIT_BYTES');
export const CREDENTIAL_STORE = Symbol('CREDENTIAL_STORE');
/** Told of every refused authentication or rate-limited call: the application's audit trail. */
export const AUTHENTICATION_AUDIT = Symbol('AUTHENTICATION_AUDIT');
