import { rolesOfCciKind, type ReferenceData, type Role } from '@cci/domain';
import { ProblemError, problems, type Caller } from '@cci/http-api';

/** What a caller may see and do on the read side, from its CCI's level in the network and its roles. */
export type Permissions = {
  /** The regions whose views the caller may read: its own, or all for CCI France. */
  regions: 'all' | string[];
  national: boolean;
  monitoring: boolean;
  /** Replay dead letters, start a rebuild or a reconciliation: the DSI's gestures. */
  operate: boolean;
  /** The CCI whose entry sheet (its drafts included) the caller may read: its own, with `saisie`. */
  entrySheet: string | null;
  /** The regions whose declarations the caller may review: its own with `validation`, all (to read) for CCI France. */
  review: 'all' | string[];
};

/**
 * The roles a caller holds. An API key acts for its CCI as a whole, with every role of its kind;
 * personal accounts (issue 17) will hold the roles given to the person, here and nowhere else.
 */
export function rolesOf(caller: Caller): readonly Role[] {
  return rolesOfCciKind(caller.role);
}

/**
 * A territorial CCI reads its region and its own entry sheet; a regional CCI (and its DSI) reads its
 * region, reviews its CCIs' declarations, reads its monitoring and operates the projections; CCI
 * France reads every region, every review, the national view and all the monitoring. Nobody but the
 * CCI itself reads its entry sheet: its drafts are its own.
 */
export function permissionsOf(caller: Caller, reference: ReferenceData): Permissions {
  const regionId = reference.cci(caller.cciId)?.regionId ?? null;
  const own = regionId ? [regionId] : [];
  const roles = rolesOf(caller);
  const entrySheet = roles.includes('saisie') ? caller.cciId : null;
  switch (caller.role) {
    case 'national':
      return {
        regions: 'all',
        national: true,
        monitoring: true,
        operate: true,
        entrySheet,
        review: roles.includes('lecture') ? 'all' : [],
      };
    case 'regional':
      return {
        regions: own,
        national: false,
        monitoring: true,
        operate: true,
        entrySheet,
        review: roles.includes('validation') ? own : [],
      };
    case 'territorial':
      return { regions: own, national: false, monitoring: false, operate: false, entrySheet, review: [] };
  }
}

export function mayReadRegion(permissions: Permissions, regionId: string): boolean {
  return permissions.regions === 'all' || permissions.regions.includes(regionId);
}

function nameOf(caller: Caller, reference: ReferenceData): string {
  return reference.cci(caller.cciId)?.name ?? caller.cciId;
}

function knownRegion(reference: ReferenceData, regionId: string): void {
  if (!reference.region(regionId))
    throw new ProblemError(problems.notFound(`La région « ${regionId} » est inconnue.`, 'region-inconnue'));
}

function otherRegion(caller: Caller, reference: ReferenceData): ProblemError {
  return new ProblemError(
    problems.forbidden(
      `${nameOf(caller, reference)} ne peut consulter que les données de sa région.`,
      'autre-region',
    ),
  );
}

export function requireRegion(caller: Caller, reference: ReferenceData, regionId: string): void {
  knownRegion(reference, regionId);
  if (!mayReadRegion(permissionsOf(caller, reference), regionId)) throw otherRegion(caller, reference);
}

/** The review of a region's declarations: its regional CCI, and CCI France to read. */
export function requireReview(caller: Caller, reference: ReferenceData, regionId: string): void {
  knownRegion(reference, regionId);
  const { review } = permissionsOf(caller, reference);
  if (review === 'all' || review.includes(regionId)) return;
  if (
    reference.cci(caller.cciId)?.kind === 'regional' &&
    !mayReadRegion(permissionsOf(caller, reference), regionId)
  )
    throw otherRegion(caller, reference);
  throw new ProblemError(
    problems.forbidden(
      `La revue des déclarations est réservée à la CCI régionale et à CCI France (${nameOf(caller, reference)}).`,
      'reserve-revue',
    ),
  );
}

/** A CCI's entry sheet: the CCI itself, with the role `saisie`, and nobody else. */
export function requireEntrySheet(caller: Caller, reference: ReferenceData, cciId: string): void {
  const cci = reference.cci(cciId);
  if (!cci) throw new ProblemError(problems.notFound(`La CCI « ${cciId} » est inconnue.`, 'cci-inconnue'));
  if (permissionsOf(caller, reference).entrySheet === cciId) return;
  throw new ProblemError(
    problems.forbidden(
      caller.cciId === cciId
        ? `${nameOf(caller, reference)} n'a pas le rôle « saisie » qu'il faut pour ouvrir sa page de saisie.`
        : `La page de saisie de ${cci.name} est réservée à ses collaborateurs : ${nameOf(caller, reference)} ne peut pas la consulter.`,
      'saisie-reservee',
    ),
  );
}

export function requirePermission(
  caller: Caller,
  reference: ReferenceData,
  permission: 'national' | 'monitoring' | 'operate',
): void {
  if (permissionsOf(caller, reference)[permission]) return;
  const name = nameOf(caller, reference);
  const what = {
    national: 'La vue nationale est réservée à CCI France.',
    monitoring: 'La supervision est réservée aux CCI régionales et à CCI France.',
    operate: 'Cette action est réservée aux DSI des CCI régionales et à CCI France.',
  };
  throw new ProblemError(problems.forbidden(`${what[permission]} (${name})`, `reserve-${permission}`));
}
