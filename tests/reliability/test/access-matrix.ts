import type { Cci, CommandType, ReferenceData, Role } from '@cci/domain';

import { commandScopes, mayRecord } from './tenancy.js';

/**
 * Who may do what with which role, written down here from the issue's words rather than imported
 * from the domain's policy table, so that the suite checks the product against the rule:
 * - every role reads what its CCI may read: a territorial or regional CCI its region, CCI France all,
 *   and the national view is CCI France's;
 * - `saisie` records a CCI's own facts (its regional CCI also those of its region but their
 *   declarations), `validation` the region's decisions, at the regional CCI only;
 * - `administration` manages a CCI's people (a regional CCI's also its territorial CCIs'
 *   administrators) and its own machine keys, and lists the people and keys it manages (CCI France
 *   lists everyone's);
 * - `supervision` opens the monitoring and its gestures, at a regional CCI or CCI France.
 */
export type Endpoint =
  | { kind: 'command'; type: CommandType }
  | { kind: 'invite-administrator' }
  | { kind: 'change-administrator-roles' }
  | { kind: 'issue-key' }
  | { kind: 'revoke-key' }
  | { kind: 'read-region' }
  | { kind: 'read-people' }
  | { kind: 'read-keys' }
  | { kind: 'read-national' }
  | { kind: 'read-monitoring' };

export function endpointName(endpoint: Endpoint): string {
  return endpoint.kind === 'command' ? endpoint.type : endpoint.kind;
}

/** Whether the endpoint names a subject CCI: the national view and the monitoring are about the caller's scope. */
export function hasSubject(endpoint: Endpoint): boolean {
  return endpoint.kind !== 'read-national' && endpoint.kind !== 'read-monitoring';
}

export function mayAccess(caller: Cci, roles: readonly Role[], endpoint: Endpoint, subject: Cci): boolean {
  const sameRegion = caller.regionId !== null && caller.regionId === subject.regionId;
  switch (endpoint.kind) {
    case 'command': {
      const scope = commandScopes[endpoint.type];
      return (
        roles.includes(scope === 'regional-only' ? 'validation' : 'saisie') &&
        mayRecord(caller, subject, scope)
      );
    }
    case 'invite-administrator':
    case 'change-administrator-roles':
      return roles.includes('administration') && mayRecord(caller, subject, 'people');
    case 'issue-key':
    case 'revoke-key':
      return roles.includes('administration') && subject.id === caller.id;
    case 'read-region':
      return roles.length > 0 && (caller.kind === 'national' || sameRegion);
    case 'read-people':
    case 'read-keys':
      return (
        roles.includes('administration') &&
        (subject.id === caller.id || caller.kind === 'national' || (caller.kind === 'regional' && sameRegion))
      );
    case 'read-national':
      return caller.kind === 'national' && roles.length > 0;
    case 'read-monitoring':
      return caller.kind !== 'territorial' && roles.includes('supervision');
  }
}

/** What each caller is tried about: its own CCI, another CCI of its region, a CCI of another region. */
export function subjectsOf(reference: ReferenceData, caller: Cci): { relation: string; cci: Cci }[] {
  const others = reference.ccis.filter((c) => c.id !== caller.id && c.kind !== 'national');
  const ofRegion =
    caller.kind === 'territorial'
      ? reference.regionalCci(caller.regionId!)
      : others.find((c) => c.regionId !== null && c.regionId === caller.regionId);
  const elsewhere = others.find((c) => c.kind === 'territorial' && c.regionId !== caller.regionId);
  return [
    { relation: 'sa CCI', cci: caller },
    ...(ofRegion ? [{ relation: 'sa région', cci: ofRegion }] : []),
    ...(elsewhere ? [{ relation: 'autre région', cci: elsewhere }] : []),
  ];
}

/** The roles a person of a CCI of this kind may hold, as DOMAIN.md gives them; keys never administer. */
export function rolesOfKind(kind: Cci['kind']): Role[] {
  switch (kind) {
    case 'national':
      return ['lecture', 'administration', 'supervision'];
    case 'regional':
      return ['saisie', 'validation', 'lecture', 'administration', 'supervision'];
    case 'territorial':
      return ['saisie', 'lecture', 'administration'];
  }
}
