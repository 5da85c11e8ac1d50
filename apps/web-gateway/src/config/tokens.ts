/** Injection tokens for values the gateway's composition root provides. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const REFERENCE_DATA = Symbol('REFERENCE_DATA');
