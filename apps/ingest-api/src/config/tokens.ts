/** Injection tokens for values the composition root provides. */
export const INGEST_CONFIG = Symbol('INGEST_CONFIG');
export const REFERENCE_DATA = Symbol('REFERENCE_DATA');
export const INGEST_SERVICE = Symbol('INGEST_SERVICE');
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
export const BODY_LIMIT_BYTES = Symbol('BODY_LIMIT_BYTES');
