import { accessVerdict, relationToCci, rolesOfCciKind, type Role } from '@cci/domain';

import type { CciSummary, MeView, ReferenceView } from '../../api/read-api-types.js';
import type { DirectoryPerson } from './access-labels.js';

/**
 * What the access policy (`@cci/domain`'s table, the one both APIs apply) lets the signed-in
 * administrator do with people and keys, so that the pages offer only what the API would accept. The
 * API decides anyway: a refusal still shows, in its own French words.
 */

const callerOf = (me: MeView) => ({ kind: me.role, roles: me.roles });

/**
 * The CCIs whose people the caller may manage: its own first, then, for a regional CCI's
 * administrators, its region's CCIs (their administrators only), in the reference's order.
 */
export function peopleCcis(me: MeView, reference: ReferenceView): CciSummary[] {
  const others = reference.ccis.filter(
    (cci) =>
      cci.id !== me.cci.id && accessVerdict('InvitePerson', callerOf(me), relationToCci(me.cci, cci)).allowed,
  );
  return [me.cci, ...others];
}

/** True when the caller manages only the administrators of `cci` (a regional CCI's, at one of its CCIs). */
export function administratorsOnly(me: MeView, cci: CciSummary): boolean {
  return relationToCci(me.cci, cci) === 'region';
}

/** The roles a person of `cci` may be given, or, without `administration`, a machine key. */
export function assignableRoles(cci: CciSummary, holder: 'person' | 'machine-key'): Role[] {
  return rolesOfCciKind(cci.kind).filter((role) => holder === 'person' || role !== 'administration');
}

export type PersonGestures = { changeRoles: boolean; remove: boolean };

/**
 * What the caller may do to a person of `cci`: nothing to a removed person; at another CCI of its
 * region, only to an administrator; never remove themselves (another administrator must).
 */
export function personGestures(me: MeView, cci: CciSummary, person: DirectoryPerson): PersonGestures {
  const reachable =
    person.status === 'active' && (!administratorsOnly(me, cci) || person.roles.includes('administration'));
  const self = me.agent.kind === 'person' && me.agent.id === person.personId;
  return { changeRoles: reachable, remove: reachable && !self };
}
