import type { Role } from '@cci/domain';

import type { MachineKeysView, PeopleView } from '../../api/read-api-types.js';
import { formatInstant } from '../format/french-format.js';

export type DirectoryPerson = PeopleView['people'][number];
export type DirectoryMachineKey = MachineKeysView['machineKeys'][number];
export type DirectoryChange = DirectoryPerson['invited'];

/** What each role lets a person (or a key) do, as the administrators' forms explain it. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  saisie: 'saisit et déclare les chiffres de la CCI',
  validation: 'valide ou renvoie les déclarations de la région, clôt les campagnes',
  lecture: 'consulte les vues',
  administration: 'gère les personnes et les clés d’accès de la CCI',
  supervision: 'surveille les projections (DSI)',
};

export const PERSON_STATUS_LABELS: Record<DirectoryPerson['status'], string> = {
  active: 'active',
  removed: 'retirée',
};

/** "saisie, lecture": the roles as the lists show them. */
export function rolesText(roles: readonly Role[]): string {
  return roles.join(', ');
}

/** "le 12 mars 2026 à 10:04, par Isabelle Rousseau": when and by whom the directory changed. */
export function changeText({ at, by }: DirectoryChange): string {
  return `le ${formatInstant(at)}${by === null ? '' : `, par ${by}`}`;
}
