import type { CciKind } from '../reference/ids.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { AggregateState } from './aggregate-state.js';

/**
 * What a person or a machine key may do for its CCI:
 * - `saisie`: enter, draft, declare and correct the CCI's own figures and facts;
 * - `validation`: for a regional CCI, validate or send back its CCIs' declarations, close and reopen
 *   campaigns, set targets, record the annual review and the report to the Assemblée générale;
 * - `lecture`: read; `administration`: manage the CCI's people and machine keys; `supervision`: watch
 *   the platform (the monitoring of the projections and its gestures).
 */
export type Role = 'saisie' | 'validation' | 'lecture' | 'administration' | 'supervision';
export const ROLES = [
  'saisie',
  'validation',
  'lecture',
  'administration',
  'supervision',
] as const satisfies readonly Role[];

/** The French label of each role, as the dashboard and the messages name it. */
export const ROLE_LABELS: Record<Role, string> = {
  saisie: 'saisie',
  validation: 'validation',
  lecture: 'lecture',
  administration: 'administration',
  supervision: 'supervision',
};

/**
 * The roles a CCI of each kind can give: CCI France reads, supervises and manages its own people; a
 * territorial CCI neither validates (its region does) nor supervises the platform (its region's DSI
 * does).
 */
const ROLES_OF_KIND: Record<CciKind, readonly Role[]> = {
  national: ['lecture', 'administration', 'supervision'],
  regional: ['saisie', 'validation', 'lecture', 'administration', 'supervision'],
  territorial: ['saisie', 'lecture', 'administration'],
};

/** The roles a person or a key of a CCI of this kind may hold; a key of the credentials file holds them all. */
export function rolesOfCciKind(kind: CciKind): readonly Role[] {
  return ROLES_OF_KIND[kind];
}

/** The roles a credentials-file key of a CCI holds; none for a CCI the reference data does not know. */
export function rolesOfCci(reference: ReferenceData, cciId: string): readonly Role[] {
  const cci = reference.cci(cciId);
  return cci ? rolesOfCciKind(cci.kind) : [];
}

/**
 * Who acts, as the audit names them: a person signed in through the gateway, a machine key (of the
 * credentials file, or issued by the CCI's administrators and kept in the directory), or a tool run
 * on the server (the bootstrap command line, the demo's seeding).
 */
export type Agent =
  | { kind: 'person'; personId: string; name: string }
  | { kind: 'machine-key'; keyId: string; label: string; source: 'file' | 'directory' }
  | { kind: 'tool'; tool: string; operator: string | null };

/** The authenticated CCI that sends a command, who acts for it, and with which roles. */
export type Writer = { cciId: string; agent: Agent; roles: readonly Role[] };

/** How a message names who acts: the person's name, the key's label, or the tool. */
export function agentName(agent: Agent): string {
  switch (agent.kind) {
    case 'person':
      return agent.name;
    case 'machine-key':
      return agent.label === '' ? `La clé ${agent.keyId}` : `La clé « ${agent.label} »`;
    case 'tool':
      return agent.operator ?? `L'outil ${agent.tool}`;
  }
}

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
