import { machineKeyId, personId, role } from '@cci/domain';
import { z } from 'zod';

import { recordedEventSchema } from '../commands/command-schemas.js';

/** What the people and machine-key endpoints answer, and the path parameters they read. */

const outcome = z.enum(['recorded', 'unchanged']).meta({
  description: 'recorded : le changement est enregistré ; unchanged : il était déjà ainsi',
});

export const personSchema = z
  .object({
    personId,
    cciId: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(role),
    status: z
      .enum(['active', 'removed'])
      .meta({ description: 'active ; removed : retirée, son accès est fermé' }),
  })
  .meta({ id: 'Person', description: "Une personne de l'annuaire de sa CCI" });

export const personResultSchema = z
  .object({ outcome, person: personSchema, events: z.array(recordedEventSchema) })
  .meta({
    id: 'PersonResult',
    description: "Ce que la commande a enregistré, et la personne telle qu'elle est",
  });

export const machineKeySchema = z
  .object({
    keyId: machineKeyId,
    cciId: z.string(),
    label: z.string(),
    roles: z.array(role),
    revoked: z.boolean(),
  })
  .meta({ id: 'MachineKey', description: "Une clé d'accès, sans son secret" });

export const issuedMachineKeySchema = z
  .object({
    key: z
      .string()
      .regex(/^cci_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/)
      .meta({
        description:
          'La clé à donner à l’outil, montrée cette fois seulement : seule son empreinte est gardée',
      }),
    outcome,
    machineKey: machineKeySchema,
    events: z.array(recordedEventSchema),
  })
  .meta({ id: 'IssuedMachineKey', description: 'La clé créée, avec son secret, montré une seule fois' });

export const machineKeyResultSchema = z
  .object({ outcome, machineKey: machineKeySchema, events: z.array(recordedEventSchema) })
  .meta({ id: 'MachineKeyResult', description: 'Ce que la révocation a enregistré, et la clé' });

export const personPath = z.object({
  personId: z.string().meta({ description: "L'identifiant de la personne" }),
});
export const machineKeyPath = z.object({
  keyId: z.string().meta({ description: "L'identifiant de la clé" }),
});
