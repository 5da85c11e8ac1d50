export const NOTIFIER_CONFIG = Symbol('NOTIFIER_CONFIG');
export const REFERENCE_DATA = Symbol('REFERENCE_DATA');
export const DATABASE = Symbol('DATABASE');
export const KAFKA = Symbol('KAFKA');
export const CLOCK = Symbol('CLOCK');
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
export const UNSUBSCRIBE_KEY = Symbol('UNSUBSCRIBE_KEY');
