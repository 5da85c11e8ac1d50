/**
 * The directory's views: a CCI's people and its machine keys.
 * The shapes they share with the other views are in `views/view-schemas.ts`.
 */
import { z } from 'zod';

import { id, instant, roleSchema } from '../views/view-schemas.js';

const directoryChangeSchema = z.object({
  at: instant,
  by: z.string().nullable().meta({ description: 'Qui l’a fait (une personne, une clé, un outil)' }),
});

export const peopleViewSchema = z
  .object({
    cciId: id,
    people: z.array(
      z.object({
        personId: z.uuid(),
        email: z.string(),
        name: z.string(),
        roles: z.array(roleSchema),
        status: z.enum(['active', 'removed']).meta({ description: 'removed : retirée, son accès est fermé' }),
        invited: directoryChangeSchema,
        lastChange: directoryChangeSchema,
      }),
    ),
  })
  .meta({ id: 'PeopleView', description: "L'annuaire des personnes d'une CCI, par nom" });

export const machineKeysViewSchema = z
  .object({
    cciId: id,
    machineKeys: z.array(
      z.object({
        keyId: z.string(),
        label: z.string(),
        roles: z.array(roleSchema),
        revoked: z.boolean(),
        issued: directoryChangeSchema,
        revokedAt: directoryChangeSchema.nullable(),
      }),
    ),
  })
  .meta({
    id: 'MachineKeysView',
    description: "Les clés d'accès d'une CCI, sans leur secret, de la plus ancienne à la plus récente",
  });

export type PeopleView = z.output<typeof peopleViewSchema>;
export type MachineKeysView = z.output<typeof machineKeysViewSchema>;
