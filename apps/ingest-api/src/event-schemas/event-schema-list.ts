import { EVENT_TYPES, eventJsonSchemas, type EventJsonSchema } from '@cci/domain';
import { z } from 'zod';

import { eventTypeInAnswer } from '../commands/command-schemas.js';

/** The address of one event schema, as the listing gives it. */
export const eventSchemaPath = (type: string, version: number) => `/v1/schemas/events/${type}/v${version}`;

export const eventSchemaParameters = z.object({
  type: z.enum(EVENT_TYPES).meta({ description: "Le type d'événement", examples: ['IndicatorReported'] }),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .meta({ description: 'La version du schéma (le nombre après « v »)', examples: [2] }),
});

export const eventSchemaListSchema = z
  .object({
    events: z.array(
      z.object({
        type: eventTypeInAnswer,
        version: z.number().int().min(1),
        current: z.boolean().meta({ description: 'La version que la plateforme écrit aujourd’hui' }),
        href: z.string().meta({ description: 'Où lire ce schéma' }),
      }),
    ),
  })
  .meta({
    id: 'EventSchemaList',
    description:
      "Chaque type d'événement et chaque version de son schéma encore lue dans le journal, avec l'adresse de son JSON Schema",
  });

/** A JSON Schema (draft 2020-12) of an event: the envelope and the payload of one type at one version. */
export const eventJsonSchemaSchema = z
  .looseObject({
    $id: z.string(),
    $schema: z.literal('https://json-schema.org/draft/2020-12/schema'),
    title: z.string(),
    type: z.literal('object'),
  })
  .meta({ id: 'EventJsonSchema', description: "Le JSON Schema (draft 2020-12) d'un événement" });

export type EventSchemaList = z.output<typeof eventSchemaListSchema>;

/** The events' JSON Schemas, generated once from the domain's contracts. */
export class EventSchemas {
  private readonly all: readonly EventJsonSchema[] = eventJsonSchemas();

  list(): EventSchemaList {
    return {
      events: this.all.map(({ type, version, current }) => ({
        type,
        version,
        current,
        href: eventSchemaPath(type, version),
      })),
    };
  }

  find(type: string, version: number): Record<string, unknown> | undefined {
    return this.all.find((s) => s.type === type && s.version === version)?.schema;
  }
}
