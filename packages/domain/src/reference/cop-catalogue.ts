import { z } from 'zod';

import { ID_PATTERN, type Aggregation } from './ids.js';

/**
 * The national COP catalogue: the indicators CCI France consolidates across regions. Each regional COM
 * maps its own indicators onto them (`copIndicatorId` in the COM file), so a new COM brings its mapping
 * with it and no code changes.
 */

/**
 * How regions' yearly values make France's figure:
 * - sum: the regions' values add up;
 * - weighted-mean: the regions' values averaged, each weighted by its number of establishments;
 * - latest-cumulative: a count to date; each region counts with its latest value up to the year.
 */
export type CopAggregation = 'sum' | 'weighted-mean' | 'latest-cumulative';
export const COP_AGGREGATIONS = [
  'sum',
  'weighted-mean',
  'latest-cumulative',
] as const satisfies readonly CopAggregation[];

/** The regional aggregation a COP indicator's counterparts must have: a flow, a rate, a stock. */
const REGIONAL_AGGREGATION: Record<CopAggregation, Aggregation> = {
  sum: 'sum',
  'weighted-mean': 'average',
  'latest-cumulative': 'latest',
};

const id = z.string().regex(ID_PATTERN, 'identifiant en minuscules et tirets attendu');
const text = z.string().min(1);

export const copFile = z.object({
  version: z.literal(1),
  $comment: z.string().optional(),
  id,
  label: text,
  years: z.object({ from: z.number().int(), to: z.number().int() }),
  source: text,
  aggregationsNote: text,
  indicators: z.array(
    z.object({ id, label: text, unitId: id, aggregation: z.enum(COP_AGGREGATIONS) }).strict(),
  ),
});

export type CopCatalogue = z.infer<typeof copFile>;
export type CopIndicator = CopCatalogue['indicators'][number];

/** What the checks need of a COM's indicator. */
type MappedIndicator = {
  id: string;
  unitId: string;
  aggregation: Aggregation;
  copIndicatorId?: string | null;
};

/**
 * Problems with a COM's mapping onto the catalogue: an unknown COP indicator, a unit or an aggregation
 * that differs from it (a rate cannot add to a count), two of the COM's indicators on the same one (the
 * region would count twice).
 */
export function copMappingProblems(
  comId: string,
  indicators: readonly MappedIndicator[],
  catalogue: CopCatalogue,
): string[] {
  const problems: string[] = [];
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const mappedBy = new Map<string, string>();
  for (const indicator of indicators) {
    const copId = indicator.copIndicatorId;
    if (copId === null || copId === undefined) continue;
    const cop = byId.get(copId);
    if (!cop) {
      problems.push(`${comId} : ${indicator.id} : indicateur du COP inconnu ${copId}`);
      continue;
    }
    if (cop.unitId !== indicator.unitId)
      problems.push(
        `${comId} : ${indicator.id} : unité ${indicator.unitId}, l'indicateur du COP ${copId} compte en ${cop.unitId}`,
      );
    if (REGIONAL_AGGREGATION[cop.aggregation] !== indicator.aggregation)
      problems.push(
        `${comId} : ${indicator.id} : agrégation ${indicator.aggregation}, l'indicateur du COP ${copId} (${cop.aggregation}) attend ${REGIONAL_AGGREGATION[cop.aggregation]}`,
      );
    const first = mappedBy.get(copId);
    if (first !== undefined)
      problems.push(`${comId} : ${first} et ${indicator.id} rattachés tous deux à ${copId}`);
    else mappedBy.set(copId, indicator.id);
  }
  return problems;
}
