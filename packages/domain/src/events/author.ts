import { z } from 'zod';

import { ROLES, type Agent, type Role } from '../decisions/writer.js';
import { identifier } from './fields.js';

/** A person's id: a UUID the platform gives at the first invitation, kept for life. */
export const personId = z
  .uuid()
  .meta({ description: "Identifiant de la personne (attribué à l'invitation)" });

/** A machine key's id: the 12 hexadecimal characters after `cci_`. */
export const machineKeyId = z
  .string()
  .regex(/^[0-9a-f]{12}$/, 'doit faire 12 caractères hexadécimaux minuscules')
  .meta({
    description: 'Identifiant de la clé (les 12 caractères après « cci_ »)',
    examples: ['0f3a9c21b7de'],
  });

export const role = z
  .enum(ROLES)
  .meta({ description: 'Un rôle : saisie, validation, lecture, administration, supervision' });

const authorName = z.string().trim().min(1).max(200);

/**
 * Who recorded a fact, as the platform authenticated them (never a header the client chose), and the
 * role the decision required of them.
 */
export const eventAuthor = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('person'),
        personId,
        name: authorName.meta({ description: 'Son nom, tel que l’annuaire le connaissait' }),
        role,
      })
      .strict()
      .meta({ description: 'Une personne, connectée par la passerelle' }),
    z
      .object({
        kind: z.literal('machine-key'),
        keyId: machineKeyId,
        label: z.string().max(200).meta({ description: 'Le libellé de la clé' }),
        source: z.enum(['file', 'directory']).meta({
          description: "D'où vient la clé : le fichier des identifiants (amorçage) ou l'annuaire",
        }),
        role,
      })
      .strict()
      .meta({ description: "Une clé d'accès d'un outil de la CCI" }),
    z
      .object({
        kind: z.literal('tool'),
        tool: identifier,
        operator: authorName.nullable().meta({ description: "La personne qui l'a lancé, si elle est dite" }),
        role,
      })
      .strict()
      .meta({ description: 'Un outil lancé sur le serveur (amorçage, démonstration)' }),
  ])
  .meta({ description: "L'auteur authentifié du fait et le rôle qui l'y autorise" });

/** What an event written before authors were recorded (envelope v1) says of its author, as it was recorded. */
export type RecordedAuthor = { kind: 'recorded'; credentialId: string; person: string | null };

export type EventAuthor = z.infer<typeof eventAuthor> | RecordedAuthor;

/** The author of a fact a writer records with `role`. */
export function authorOf(agent: Agent, role: Role): z.infer<typeof eventAuthor> {
  return { ...agent, role };
}

/** The credential an author acted through: a person's id, a key's id, the tool, or what v1 recorded. */
export function authorCredential(author: EventAuthor): string {
  switch (author.kind) {
    case 'person':
      return author.personId;
    case 'machine-key':
      return author.keyId;
    case 'tool':
      return `outil:${author.tool}`;
    case 'recorded':
      return author.credentialId;
  }
}

/** The name an audit shows: a person's, a key's label, the tool's operator, or the person v1 recorded. */
export function authorDisplayName(author: EventAuthor): string | null {
  switch (author.kind) {
    case 'person':
      return author.name;
    case 'machine-key':
      return author.label === '' ? `Clé ${author.keyId}` : `Clé « ${author.label} »`;
    case 'tool':
      return author.operator;
    case 'recorded':
      return author.person;
  }
}
