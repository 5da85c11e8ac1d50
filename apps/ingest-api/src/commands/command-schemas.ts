import { COMMAND_TYPES, EVENT_TYPES } from '@cci/domain';
import { problemSchema } from '@cci/http-api';
import { z } from 'zod';

/**
 * What the write side reads besides the commands themselves, and everything it answers: the controller
 * parses with these schemas and its answers are typed by them, and the OpenAPI document is drawn from
 * the same schemas.
 */

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,200}$/;

export const idempotencyKey = z
  .string()
  .regex(IDEMPOTENCY_KEY, 'doit faire 1 à 200 caractères parmi lettres, chiffres et . _ : -');

export function batchRequestSchema(batchMaxCommands: number) {
  return z
    .object({
      commands: z
        .array(
          z
            .object({
              type: z.enum(COMMAND_TYPES).meta({ description: 'Le type de la commande' }),
              body: z.unknown().meta({
                description:
                  'Le corps de la commande, comme pour son point d’accès ; un corps invalide est refusé dans le résultat de cette commande (422), pas pour tout le lot',
              }),
              idempotencyKey: idempotencyKey
                .nullable()
                .default(null)
                .meta({ description: 'La clé d’idempotence de cette commande' }),
            })
            .strict(),
        )
        .min(1)
        .max(batchMaxCommands),
    })
    .strict()
    .meta({ id: 'BatchRequest', description: `Un lot de 1 à ${batchMaxCommands} commandes` });
}

/**
 * An event type in an answer: the list grows with the domain (a new event is a new value, not a
 * change of meaning), which `x-extensible-enum` tells clients, so that they expect values they do not
 * know yet.
 */
export const eventTypeInAnswer = z
  .string()
  .meta({ 'x-extensible-enum': EVENT_TYPES, description: "Le type d'événement (la liste s'allonge)" });

export const recordedEventSchema = z
  .object({
    eventId: z.uuid(),
    type: eventTypeInAnswer,
    aggregateId: z.string().min(1),
    aggregateVersion: z.number().int().min(1),
    partition: z
      .number()
      .int()
      .min(-1)
      .meta({ description: 'La partition Kafka (-1 si le courtier ne l’a pas dite)' }),
    offset: z.number().int().min(-1).meta({ description: 'La position dans la partition (-1 si inconnue)' }),
  })
  .meta({ id: 'RecordedEvent', description: 'Un événement enregistré et sa position dans le journal' });

const events = z.array(recordedEventSchema);

export const commandResultSchema = z
  .object({
    outcome: z.enum(['recorded', 'unchanged']).meta({
      description: 'recorded : le fait est enregistré ; unchanged : il était déjà connu tel quel',
    }),
    events,
  })
  .meta({ id: 'CommandResult', description: 'Ce que la commande a enregistré' });

const index = z.number().int().min(0).meta({ description: 'La place de la commande dans le lot' });

export const itemResultSchema = z
  .union([
    z.object({ index, status: z.literal(201), outcome: z.literal('recorded'), events }),
    z.object({ index, status: z.literal(200), outcome: z.literal('unchanged'), events }),
    z.object({
      index,
      status: z.literal(200),
      outcome: z.literal('replayed'),
      events,
      original: z
        .object({ status: z.literal([200, 201]), outcome: z.enum(['recorded', 'unchanged']) })
        .meta({ description: 'La première réponse à cette clé d’idempotence' }),
    }),
    z.object({
      index,
      status: z.number().int().min(400).max(599),
      problem: problemSchema,
    }),
  ])
  .meta({ id: 'ItemResult', description: 'Le résultat d’une commande du lot' });

export const batchResultSchema = z
  .object({ results: z.array(itemResultSchema) })
  .meta({ id: 'BatchResult', description: 'Un résultat par commande, dans l’ordre du lot' });

export type CommandResult = z.output<typeof commandResultSchema>;
export type BatchResult = z.output<typeof batchResultSchema>;
