export const ARCHIVER_CONFIG = Symbol('ARCHIVER_CONFIG');
export const KAFKA = Symbol('KAFKA');
