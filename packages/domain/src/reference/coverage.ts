import { z } from 'zod';

import { isCalendarDate } from './calendar-date.js';
import { ID_PATTERN } from './ids.js';

/**
 * Coverage: how many establishments (ressortissants) a CCI or a region represents, by sector when the
 * source gives it, with where the figure comes from and when it was true. Indicators that count
 * companies are read against it (a share of the establishments), and the COP's weighted means weigh
 * regions by it.
 */

export const SECTOR_IDS = ['industrie', 'commerce', 'services'] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

const id = z.string().regex(ID_PATTERN, 'identifiant en minuscules et tirets attendu');
const text = z.string().min(1);
const count = z.number().int().positive();

const coverageEntry = z
  .object({
    establishments: count,
    bySector: z.object({ industrie: count, commerce: count, services: count }).strict().nullable(),
    asOf: z.string().refine(isCalendarDate, 'date AAAA-MM-JJ attendue').nullable(),
    asOfNote: text.optional(),
    source: text,
    simulated: z.boolean(),
  })
  .strict();

export const coverageFile = z.object({
  version: z.literal(1),
  $comment: z.string().optional(),
  sectors: z.array(z.object({ id: z.enum(SECTOR_IDS), label: text })),
  regions: z.array(coverageEntry.extend({ regionId: id })),
  ccis: z.array(coverageEntry.extend({ cciId: id })),
});

export type CoverageFile = z.infer<typeof coverageFile>;
export type Coverage = z.infer<typeof coverageEntry>;
export type Sector = CoverageFile['sectors'][number];

/** A count by sector must add up to the total it details. */
export function coverageProblems(file: CoverageFile): string[] {
  const problems: string[] = [];
  const entries = [
    ...file.regions.map((e) => [`région ${e.regionId}`, e] as const),
    ...file.ccis.map((e) => [`CCI ${e.cciId}`, e] as const),
  ];
  for (const [what, entry] of entries) {
    if (!entry.bySector) continue;
    const sum = entry.bySector.industrie + entry.bySector.commerce + entry.bySector.services;
    if (sum !== entry.establishments)
      problems.push(
        `couverture de la ${what} : les secteurs font ${sum} établissements, le total en dit ${entry.establishments}`,
      );
  }
  return problems;
}
