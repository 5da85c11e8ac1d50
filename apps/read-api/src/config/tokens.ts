/** Injection tokens for values the read API's composition root provides. */
export const READ_CONFIG = Symbol('READ_CONFIG');
export const REFERENCE_DATA = Symbol('REFERENCE_DATA');
export const DATABASE = Symbol('DATABASE');
export const KAFKA = Symbol('KAFKA');
