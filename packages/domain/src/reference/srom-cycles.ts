import { z } from 'zod';

import { isCalendarDate } from './calendar-date.js';
import { ID_PATTERN } from './ids.js';

/**
 * The SROM's successive cycles (2017-2021, then the next): each has its years and its milestones, the
 * observed ones (an état des lieux, a statut) and, last, the one target (the projection the CCIs commit
 * to). A new cycle is a new entry of `srom.json`'s `cycles`, not a code change.
 */

const id = z.string().regex(ID_PATTERN, 'identifiant en minuscules et tirets attendu');
const text = z.string().min(1);

/** Written out (not inferred) for the tools that read the declarations; checked against the schema below. */
export type Milestone = {
  id: string;
  label: string;
  kind: 'observed' | 'target';
  asOf: string;
  asOfNote: string;
};

export type SromCycle = {
  id: string;
  label: string;
  years: { from: number; to: number };
  source: string;
  milestones: readonly Milestone[];
};

const milestoneSchema = z.object({
  id,
  label: text,
  kind: z.enum(['observed', 'target']),
  asOf: z.string().refine(isCalendarDate, 'date AAAA-MM-JJ attendue'),
  asOfNote: text,
});

export const sromCycleSchema = z.object({
  id,
  label: text,
  years: z.object({ from: z.number().int(), to: z.number().int() }),
  source: text,
  milestones: z.array(milestoneSchema).min(2),
});

milestoneSchema satisfies z.ZodType<Milestone>;
sromCycleSchema satisfies z.ZodType<SromCycle>;

/** The milestone a cycle's projections are set for: its last, the only one of kind target. */
export function targetMilestoneOf(cycle: SromCycle): Milestone {
  const target = cycle.milestones.at(-1);
  if (!target) throw new Error(`the SROM cycle ${cycle.id} has no milestone`);
  return target;
}

/** What makes a list of cycles unusable, in French; empty when the cycles are sound. */
export function sromCycleProblems(cycles: readonly SromCycle[]): string[] {
  const problems: string[] = [];
  if (cycles.length === 0) problems.push('srom.json : au moins un cycle attendu');
  const seen = new Set<string>();
  cycles.forEach((cycle, i) => {
    const where = `srom.json : ${cycle.id}`;
    if (cycle.years.from > cycle.years.to)
      problems.push(`${where} : années ${cycle.years.from}-${cycle.years.to} inversées`);
    const previous = cycles[i - 1];
    if (previous && cycle.years.from <= previous.years.to)
      problems.push(`${where} : commence avant la fin du cycle précédent ${previous.id}`);
    const targets = cycle.milestones.filter((m) => m.kind === 'target');
    if (targets.length !== 1 || cycle.milestones.at(-1)?.kind !== 'target')
      problems.push(`${where} : un seul jalon de projection attendu, en dernier`);
    cycle.milestones.forEach((milestone, j) => {
      if (seen.has(milestone.id)) problems.push(`${where} : jalon en double ${milestone.id}`);
      seen.add(milestone.id);
      const before = cycle.milestones[j - 1];
      if (before && milestone.asOf <= before.asOf)
        problems.push(`${where} : le jalon ${milestone.id} ne suit pas ${before.id}`);
    });
  });
  return problems;
}

/**
 * The cycle in force on a day, of a SROM or of a region's COMs: the one whose years hold it; between two
 * cycles, or after the last, the latest begun; before the first, the first.
 */
export function cycleInForce<Cycle extends { years: { from: number; to: number } }>(
  cycles: readonly Cycle[],
  day: string,
): Cycle | undefined {
  const year = Number(day.slice(0, 4));
  return (
    cycles.find((c) => c.years.from <= year && year <= c.years.to) ??
    cycles.findLast((c) => c.years.from <= year) ??
    cycles[0]
  );
}
