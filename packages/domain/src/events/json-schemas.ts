import { z } from 'zod';

import { envelopeFields } from './envelope.js';
import { eventCatalog, EVENT_TYPES } from './event-catalog.js';

/**
 * The JSON Schema of every event type and schema version (envelope and payload together), so that a
 * CCI's own tools can validate an event before sending it. File name → schema.
 */
export function eventJsonSchemas(): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const type of EVENT_TYPES) {
    const entry = eventCatalog[type];
    for (const [version, payload] of Object.entries(entry.schemas)) {
      const event = z
        .object({
          ...envelopeFields,
          type: z.literal(type),
          schemaVersion: z.literal(Number(version)),
          payload,
        })
        .strict()
        .meta({
          title: `${type} v${version}`,
          description:
            Number(version) === entry.current
              ? `Événement ${type}, version courante du schéma.`
              : `Événement ${type}, version ${version} : encore lue dans le journal, convertie à la lecture vers la version ${entry.current}.`,
        });
      schemas[`${type}.v${version}.schema.json`] = {
        $id: `${type}.v${version}.schema.json`,
        ...z.toJSONSchema(event, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
      };
    }
  }
  return schemas;
}
