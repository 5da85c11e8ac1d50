/** Injection token of the `ReadinessCheck[]` a service provides for `GET /health/ready`. */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/** One thing the service needs before it can do its work, as `/health/ready` reports it. */
export type ReadinessCheck = {
  /** The key in the report, e.g. `kafka`, `base`. */
  name: string;
  ready: () => boolean | Promise<boolean>;
  /** What the report says, in French, when the check fails. */
  unavailable: string;
};
