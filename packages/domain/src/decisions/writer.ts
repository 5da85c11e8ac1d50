import type { CciKind } from '../reference/ids.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { AggregateState } from './aggregate-state.js';

/**
 * What a person (issue 17) or an API key may do for its CCI:
 * - `saisie`: enter, draft, declare and correct the CCI's own figures and facts;
 * - `validation`: for a regional CCI, validate or send back its CCIs' declarations, close and reopen
 *   campaigns, set targets, record the annual review and the report to the Assemblée générale;
 * - `lecture`: read; `administration`: manage the CCI's accounts; `supervision`: watch the platform.
 */
export type Role = 'saisie' | 'validation' | 'lecture' | 'administration' | 'supervision';
export const ROLES = [
  'saisie',
  'validation',
  'lecture',
  'administration',
  'supervision',
] as const satisfies readonly Role[];

const ROLES_OF_KIND: Record<CciKind, readonly Role[]> = {
  national: ['lecture', 'supervision'],
  regional: ['saisie', 'validation', 'lecture', 'administration', 'supervision'],
  territorial: ['saisie', 'lecture', 'administration'],
};

/** An API key acts for its CCI as a whole: it holds every role a CCI of that kind can hold. */
export function rolesOfCciKind(kind: CciKind): readonly Role[] {
  return ROLES_OF_KIND[kind];
}

/** The roles an API key of a CCI holds; none for a CCI the reference data does not know. */
export function rolesOfCci(reference: ReferenceData, cciId: string): readonly Role[] {
  const cci = reference.cci(cciId);
  return cci ? rolesOfCciKind(cci.kind) : [];
}

/** The authenticated CCI that sends a command, through which credential, and with which roles. */
export type Writer = { cciId: string; credentialId: string; person: string | null; roles: readonly Role[] };

/** Reads the state of another aggregate than the command's own; `undefined` when it has no event yet. */
export type AggregateLookup = (aggregateId: string) => AggregateState | undefined;

/**
 * Everything a decision may read besides the command and its aggregate's state: who writes, the
 * reference data, the time, and the state of the other aggregates the command reads (its campaign,
 * for a declaration), which the write side locks with the command's own.
 */
export type DecisionContext = {
  writer: Writer;
  reference: ReferenceData;
  now: Date;
  lookup: AggregateLookup;
};
