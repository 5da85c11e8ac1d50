/** Injection tokens for values the ingest API's composition root provides. */
export const INGEST_CONFIG = Symbol('INGEST_CONFIG');
export const REFERENCE_DATA = Symbol('REFERENCE_DATA');
export const INGEST_SERVICE = Symbol('INGEST_SERVICE');
export const UNSUBSCRIBE_VERIFIER = Symbol('UNSUBSCRIBE_VERIFIER');
export const PEER_KEY = Symbol('PEER_KEY');
