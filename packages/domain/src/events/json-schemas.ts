import { z } from 'zod';

import { envelopeFields } from './envelope.js';
import { eventCatalog, EVENT_TYPES, type EventType } from './event-catalog.js';

/** The JSON Schema of one event type at one schema version, and the file it is committed as. */
export type EventJsonSchema = {
  type: EventType;
  version: number;
  current: boolean;
  file: string;
  schema: Record<string, unknown>;
};

/**
 * The JSON Schema of every event type and schema version (envelope and payload together), so that a
 * CCI's own tools can validate an event before sending it. Committed under `schemas/events/` and
 * served by the ingest API.
 */
export function eventJsonSchemas(): EventJsonSchema[] {
  return EVENT_TYPES.flatMap((type) => {
    const entry = eventCatalog[type];
    return Object.entries(entry.schemas).map(([key, payload]): EventJsonSchema => {
      const version = Number(key);
      const current = version === entry.current;
      const event = z
        .object({
          ...envelopeFields,
          type: z.literal(type),
          schemaVersion: z.literal(version),
          payload,
        })
        .strict()
        .meta({
          title: `${type} v${version}`,
          description: current
            ? `Événement ${type}, version courante du schéma.`
            : `Événement ${type}, version ${version} : encore lue dans le journal, convertie à la lecture vers la version ${entry.current}.`,
        });
      const file = `${type}.v${version}.schema.json`;
      return {
        type,
        version,
        current,
        file,
        schema: {
          $id: file,
          ...z.toJSONSchema(event, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
        },
      };
    });
  });
}
