/** Injection token of the running service's `ServiceIdentity`. */
export const SERVICE_IDENTITY = Symbol('SERVICE_IDENTITY');

export type ServiceIdentity = { service: string; instance: string };
