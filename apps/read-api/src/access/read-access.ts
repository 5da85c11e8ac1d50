import {
  accessVerdict,
  relationToCci,
  relationToNetwork,
  relationToRegion,
  type Cci,
  type ReadOperation,
  type ReferenceData,
} from '@cci/domain';
import { ProblemError, problems, type Caller } from '@cci/http-api';

/** What a caller may see and do on the read side, by the access policy (`ACCESS_POLICY`) and its roles. */
export type Permissions = {
  /** The regions whose views the caller may read: its own, or all for CCI France. */
  regions: 'all' | string[];
  national: boolean;
  monitoring: boolean;
  /** Replay dead letters, start a rebuild or a reconciliation: the DSI's gestures. */
  operate: boolean;
  /** List and manage the CCI's people and machine keys. */
  manageAccess: boolean;
  /** The CCI whose entry sheet (its drafts included) the caller may read: its own, with `saisie`. */
  entrySheet: string | null;
  /** The regions whose declarations the caller may review: its own for a regional CCI, all (to read) for CCI France. */
  review: 'all' | string[];
};

function cciOf(caller: Caller, reference: ReferenceData): Cci {
  const cci = reference.cci(caller.cciId);
  if (!cci) throw new ProblemError(problems.forbidden('CCI inconnue.', 'cci-inconnue'));
  return cci;
}

function allows(
  caller: Caller,
  operation: ReadOperation,
  relation: Parameters<typeof accessVerdict>[2],
): boolean {
  return accessVerdict(operation, { kind: caller.cciKind, roles: caller.roles }, relation).allowed;
}

/**
 * A territorial CCI reads its region and, with `saisie`, its own entry sheet; a regional CCI also
 * reviews its CCIs' declarations and supervises its region's projections with `supervision`; CCI France
 * reads every region, every review and the national view, and supervises everything, but no entry
 * sheet: drafts are their CCI's own. Every role reads; supervision and administration are roles of
 * their own.
 */
export function permissionsOf(caller: Caller, reference: ReferenceData): Permissions {
  const cci = cciOf(caller, reference);
  const readable = reference.regions.filter((r) =>
    allows(caller, 'read:region', relationToRegion(cci, r.id)),
  );
  const reviewable = reference.regions.filter((r) =>
    allows(caller, 'read:review', relationToRegion(cci, r.id)),
  );
  const network = relationToNetwork(cci);
  return {
    regions:
      cci.kind === 'national' && readable.length === reference.regions.length
        ? 'all'
        : readable.map((r) => r.id),
    national: allows(caller, 'read:national', network),
    monitoring: allows(caller, 'read:monitoring', network),
    operate: allows(caller, 'operate:monitoring', network),
    manageAccess: allows(caller, 'read:people', 'own-cci'),
    entrySheet: allows(caller, 'read:entry-sheet', 'own-cci') ? cci.id : null,
    review:
      cci.kind === 'national' && reviewable.length === reference.regions.length
        ? 'all'
        : reviewable.map((r) => r.id),
  };
}

export function mayReadRegion(permissions: Permissions, regionId: string): boolean {
  return permissions.regions === 'all' || permissions.regions.includes(regionId);
}

export function requireRegion(caller: Caller, reference: ReferenceData, regionId: string): void {
  if (!reference.region(regionId))
    throw new ProblemError(problems.notFound(`La région « ${regionId} » est inconnue.`, 'region-inconnue'));
  const cci = cciOf(caller, reference);
  const verdict = accessVerdict(
    'read:region',
    { kind: caller.cciKind, roles: caller.roles },
    relationToRegion(cci, regionId),
  );
  if (verdict.allowed) return;
  throw new ProblemError(
    verdict.reason === 'missing-role'
      ? problems.forbidden(`Cet accès n'a aucun rôle dans ${cci.name}.`, 'role-manquant')
      : problems.forbidden(`${cci.name} ne peut consulter que les données de sa région.`, 'autre-region'),
  );
}

/** The review of a region's declarations: its regional CCI, and CCI France to read. */
export function requireReview(caller: Caller, reference: ReferenceData, regionId: string): void {
  if (!reference.region(regionId))
    throw new ProblemError(problems.notFound(`La région « ${regionId} » est inconnue.`, 'region-inconnue'));
  const cci = cciOf(caller, reference);
  const verdict = accessVerdict(
    'read:review',
    { kind: caller.cciKind, roles: caller.roles },
    relationToRegion(cci, regionId),
  );
  if (verdict.allowed) return;
  if (verdict.reason === 'missing-role')
    throw new ProblemError(
      problems.forbidden(
        `Il faut le rôle « validation » ou « lecture » de ${cci.name} pour lire la revue.`,
        'role-manquant',
      ),
    );
  throw new ProblemError(
    cci.kind === 'regional'
      ? problems.forbidden(`${cci.name} ne peut consulter que les données de sa région.`, 'autre-region')
      : problems.forbidden(
          `La revue des déclarations est réservée à la CCI régionale et à CCI France (${cci.name}).`,
          'reserve-revue',
        ),
  );
}

/** A CCI's entry sheet: the CCI itself, with the role `saisie`, and nobody else. */
export function requireEntrySheet(caller: Caller, reference: ReferenceData, cciId: string): void {
  const subject = reference.cci(cciId);
  if (!subject)
    throw new ProblemError(problems.notFound(`La CCI « ${cciId} » est inconnue.`, 'cci-inconnue'));
  const cci = cciOf(caller, reference);
  const verdict = accessVerdict(
    'read:entry-sheet',
    { kind: caller.cciKind, roles: caller.roles },
    relationToCci(cci, subject),
  );
  if (verdict.allowed) return;
  throw new ProblemError(
    verdict.reason === 'missing-role'
      ? problems.forbidden(
          `Il faut le rôle « saisie » de ${cci.name} pour ouvrir sa page de saisie.`,
          'role-manquant',
        )
      : problems.forbidden(
          `La page de saisie de ${subject.name} est réservée à ses collaborateurs : ${cci.name} ne peut pas la consulter.`,
          'saisie-reservee',
        ),
  );
}

const RESERVED: Record<
  'national' | 'monitoring' | 'operate',
  { operation: ReadOperation; reach: string; role: string }
> = {
  national: {
    operation: 'read:national',
    reach: 'La vue nationale est réservée à CCI France.',
    role: 'lecture',
  },
  monitoring: {
    operation: 'read:monitoring',
    reach: 'La supervision est réservée aux CCI régionales et à CCI France.',
    role: 'supervision',
  },
  operate: {
    operation: 'operate:monitoring',
    reach: 'Cette action est réservée aux DSI des CCI régionales et à CCI France.',
    role: 'supervision',
  },
};

export function requirePermission(
  caller: Caller,
  reference: ReferenceData,
  permission: 'national' | 'monitoring' | 'operate',
): void {
  const cci = cciOf(caller, reference);
  const { operation, reach, role } = RESERVED[permission];
  const verdict = accessVerdict(
    operation,
    { kind: caller.cciKind, roles: caller.roles },
    relationToNetwork(cci),
  );
  if (verdict.allowed) return;
  throw new ProblemError(
    verdict.reason === 'missing-role'
      ? problems.forbidden(`Il faut le rôle « ${role} » de ${cci.name} pour cela.`, 'role-manquant')
      : problems.forbidden(`${reach} (${cci.name})`, `reserve-${permission}`),
  );
}
