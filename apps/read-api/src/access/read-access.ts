import type { ReferenceData } from '@cci/domain';
import { ProblemError, problems, type Caller } from '@cci/http-api';

/** What a caller may see and do on the read side, from its CCI's level in the network. */
export type Permissions = {
  /** The regions whose views the caller may read: its own, or all for CCI France. */
  regions: 'all' | string[];
  national: boolean;
  monitoring: boolean;
  /** Replay dead letters, start a rebuild or a reconciliation: the DSI's gestures. */
  operate: boolean;
};

/**
 * A territorial CCI reads its region; a regional CCI (and its DSI) reads its region and its
 * monitoring, and operates the projections; CCI France reads every region, the national view and all
 * the monitoring.
 */
export function permissionsOf(caller: Caller, reference: ReferenceData): Permissions {
  const regionId = reference.cci(caller.cciId)?.regionId ?? null;
  switch (caller.role) {
    case 'national':
      return { regions: 'all', national: true, monitoring: true, operate: true };
    case 'regional':
      return { regions: regionId ? [regionId] : [], national: false, monitoring: true, operate: true };
    case 'territorial':
      return { regions: regionId ? [regionId] : [], national: false, monitoring: false, operate: false };
  }
}

export function mayReadRegion(permissions: Permissions, regionId: string): boolean {
  return permissions.regions === 'all' || permissions.regions.includes(regionId);
}

export function requireRegion(caller: Caller, reference: ReferenceData, regionId: string): void {
  if (!reference.region(regionId))
    throw new ProblemError(problems.notFound(`La région « ${regionId} » est inconnue.`, 'region-inconnue'));
  if (!mayReadRegion(permissionsOf(caller, reference), regionId)) {
    const name = reference.cci(caller.cciId)?.name ?? caller.cciId;
    throw new ProblemError(
      problems.forbidden(`${name} ne peut consulter que les données de sa région.`, 'autre-region'),
    );
  }
}

export function requirePermission(
  caller: Caller,
  reference: ReferenceData,
  permission: 'national' | 'monitoring' | 'operate',
): void {
  if (permissionsOf(caller, reference)[permission]) return;
  const name = reference.cci(caller.cciId)?.name ?? caller.cciId;
  const what = {
    national: 'La vue nationale est réservée à CCI France.',
    monitoring: 'La supervision est réservée aux CCI régionales et à CCI France.',
    operate: 'Cette action est réservée aux DSI des CCI régionales et à CCI France.',
  };
  throw new ProblemError(problems.forbidden(`${what[permission]} (${name})`, `reserve-${permission}`));
}
