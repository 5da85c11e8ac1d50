import { z } from 'zod';

import { machineKeyId, personId, role } from '../events/author.js';
import { emailAddress, identifier, noticePreferences, shortText } from '../events/fields.js';
import type { NOTICE_CHANGE_VIAS } from '../events/payloads.js';
import { frenchErrors, validationIssues, type ValidationIssue } from '../validation/french-issues.js';
import { ROLES, type Role } from './writer.js';

/**
 * The commands that manage who may act for a CCI: its people and its machine keys. A client sends the
 * request bodies below; the ingest API adds what the platform chooses (a new person's id, a key's id
 * and the hash of its secret) and what it already knows (the e-mail address of the person a URL
 * names), then the decisions run like those of the facts.
 */

/** A role named twice counts once: the decisions keep each role once, in the policy's order. */
const roles = z.array(role).min(1, 'doit contenir au moins un rôle').max(ROLES.length).meta({
  description: 'Les rôles (au moins un) : saisie, validation, lecture, administration, supervision',
});

export const accessRequestSchemas = {
  InvitePerson: z
    .object({
      cciId: identifier.meta({ description: 'La CCI de la personne' }),
      email: emailAddress.meta({
        description:
          "Son adresse électronique, celle que son fournisseur d'identité vérifie : elle y est reconnue à sa première connexion",
      }),
      name: shortText.meta({
        description: 'Son nom, tel que les autres le verront',
        examples: ['Claire Lefebvre'],
      }),
      roles,
    })
    .strict()
    .meta({ title: 'InvitePerson', description: 'Inviter une personne dans sa CCI, avec ses rôles' }),
  ChangePersonRoles: z
    .object({ roles })
    .strict()
    .meta({ title: 'ChangePersonRoles', description: "Changer les rôles d'une personne" }),
  IssueMachineKey: z
    .object({
      cciId: identifier.meta({ description: 'La CCI dont l’outil présentera la clé' }),
      label: shortText.meta({
        description: "À quoi sert la clé (l'outil qui la présentera)",
        examples: ['Tableur de saisie'],
      }),
      roles: roles.meta({
        description:
          "Les rôles auxquels la clé est limitée (au moins un, sans doublon) : saisie, validation, lecture, supervision ; l'administration est réservée aux personnes",
      }),
    })
    .strict()
    .meta({ title: 'IssueMachineKey', description: "Créer une clé d'accès pour un outil de la CCI" }),
  ChangeNoticePreferences: z
    .object({
      personId: personId.meta({ description: 'La personne connectée : chacun ne choisit que pour soi' }),
      preferences: noticePreferences.meta({
        description:
          'Les types de notification à changer et comment chacun doit parvenir ; un type absent garde son choix',
      }),
    })
    .strict()
    .meta({
      title: 'ChangeNoticePreferences',
      description: 'Choisir, type par type, comment on reçoit ses notifications',
    }),
};

export type AccessRequestType = keyof typeof accessRequestSchemas;
export type AccessRequests = { [T in AccessRequestType]: z.output<(typeof accessRequestSchemas)[T]> };

export type AccessCommand =
  | ({ type: 'InvitePerson'; personId: string } & AccessRequests['InvitePerson'])
  | ({ type: 'ChangePersonRoles'; personId: string; email: string } & AccessRequests['ChangePersonRoles'])
  | { type: 'RemovePerson'; personId: string; email: string }
  | ({ type: 'IssueMachineKey'; keyId: string; secretHash: string } & AccessRequests['IssueMachineKey'])
  | { type: 'RevokeMachineKey'; keyId: string }
  | ({
      type: 'ChangeNoticePreferences';
      email: string;
      via: (typeof NOTICE_CHANGE_VIAS)[number];
    } & AccessRequests['ChangeNoticePreferences']);
export type AccessCommandType = AccessCommand['type'];
export type AccessCommandOfType<T extends AccessCommandType> = Extract<AccessCommand, { type: T }>;

export const ACCESS_COMMAND_TYPES = [
  'InvitePerson',
  'ChangePersonRoles',
  'RemovePerson',
  'IssueMachineKey',
  'RevokeMachineKey',
  'ChangeNoticePreferences',
] as const satisfies readonly AccessCommandType[];

/** A person's id or a key's id in a URL, checked before any look-up. */
export const accessIds = { personId, keyId: machineKeyId };

/** Reads a request body: the request with its values normalised, or every problem, in French. */
export function parseAccessRequest<T extends AccessRequestType>(
  type: T,
  body: unknown,
): { request: AccessRequests[T] } | { issues: ValidationIssue[] } {
  const parsed = (accessRequestSchemas[type] as z.ZodType).safeParse(body, frenchErrors);
  return parsed.success
    ? { request: parsed.data as AccessRequests[T] }
    : { issues: validationIssues(parsed.error) };
}

/** Roles in the policy's order, so that the same roles always read the same. */
export function orderedRoles(list: readonly Role[]): Role[] {
  return ROLES.filter((r) => list.includes(r));
}

export function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return orderedRoles(a).join(',') === orderedRoles(b).join(',');
}
