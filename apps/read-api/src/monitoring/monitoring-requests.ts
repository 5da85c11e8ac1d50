import { z } from 'zod';

/** A dead letter's id in a path: anything else names no letter (404). */
export const DEAD_LETTER_ID = /^[A-Za-z0-9._:-]{1,300}$/;

export const rebuildRequestSchema = z
  .object({
    projector: z.enum(['regional', 'national']).meta({ description: 'Le projecteur à reconstruire' }),
    force: z
      .boolean()
      .default(false)
      .meta({ description: "Reconstruire même si la génération en ligne vient d'une version plus récente" }),
  })
  .strict()
  .meta({ id: 'RebuildRequest', description: 'La reconstruction demandée' });
