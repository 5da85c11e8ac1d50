import { sameDelegate } from '../events/fields.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { targetMilestoneOf, type SromCycle } from '../reference/srom-cycles.js';
import { gapStatus, type ModeSnapshot, type ModeTarget, type SromCell } from './regional-srom-matrix.js';

/**
 * The milestones table of a region's SROM for one cycle: for each documented macro-process, how its CCIs
 * stood at each observed milestone (2013, 2017), today and in the cycle's projection (2021), the CCIs
 * that share a mode grouped together (in a SROM most changes are regional decisions applied to every
 * territorial CCI, so one line usually says it all), and which CCIs are on that projection.
 */

/** A milestone of the cycle, or `current`. */
export type MilestoneKey = string;

/** The same mode (and delegate) held by several CCIs. */
export type ModeGroup = { snapshot: ModeSnapshot | ModeTarget | null; cciIds: string[] };

export type GapSummary = { onTarget: string[]; offTarget: string[]; unknown: string[] };

export type MilestoneRow = {
  functionId: string;
  macroProcessId: string;
  groups: Record<MilestoneKey, ModeGroup[]>;
  gaps: GapSummary;
};

type CellFigures = Pick<SromCell, 'current' | 'milestones'>;

function sameMode(a: ModeSnapshot | ModeTarget | null, b: ModeSnapshot | ModeTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return a.mode === b.mode && sameDelegate(a.delegate, b.delegate);
}

function snapshotAt(cell: CellFigures | undefined, key: MilestoneKey): ModeSnapshot | ModeTarget | null {
  if (!cell) return null;
  return key === 'current' ? cell.current : (cell.milestones[key] ?? null);
}

function groupsAt(
  row: Record<string, CellFigures>,
  cciIds: readonly string[],
  key: MilestoneKey,
): ModeGroup[] {
  const groups: ModeGroup[] = [];
  for (const cciId of cciIds) {
    const snapshot = snapshotAt(row[cciId], key);
    const group = groups.find((g) => sameMode(g.snapshot, snapshot));
    if (group) group.cciIds.push(cciId);
    else groups.push({ snapshot, cciIds: [cciId] });
  }
  return groups;
}

function gapSummary(
  row: Record<string, CellFigures>,
  cciIds: readonly string[],
  targetId: string,
): GapSummary {
  const summary: GapSummary = { onTarget: [], offTarget: [], unknown: [] };
  for (const cciId of cciIds) {
    const cell = row[cciId];
    const gap = cell ? gapStatus(cell.current, cell.milestones[targetId] ?? null) : 'no-target';
    if (gap === 'on-target') summary.onTarget.push(cciId);
    else if (gap === 'off-target') summary.offTarget.push(cciId);
    else summary.unknown.push(cciId);
  }
  return summary;
}

/** The table's columns: the cycle's observed milestones, today, then its projection. */
export function milestoneKeys(cycle: SromCycle): MilestoneKey[] {
  const target = targetMilestoneOf(cycle);
  return [...cycle.milestones.filter((m) => m !== target).map((m) => m.id), 'current', target.id];
}

/**
 * One row per macro-process with at least one known mode or projection for the cycle (the rest of the
 * grid is blank in the source documents), in the SROM's order of functions and macro-processes.
 */
export function milestoneRows(
  cells: Record<string, Record<string, CellFigures>>,
  reference: ReferenceData,
  cciIds: readonly string[],
  cycle: SromCycle,
): MilestoneRow[] {
  const targetId = targetMilestoneOf(cycle).id;
  return reference.functions.flatMap((fn) =>
    fn.macroProcesses.flatMap((mp) => {
      const row = cells[mp.id] ?? {};
      const documented = Object.values(row).some(
        (c) => c.current !== null || (c.milestones[targetId] ?? null) !== null,
      );
      if (!documented) return [];
      return [
        {
          functionId: fn.id,
          macroProcessId: mp.id,
          groups: Object.fromEntries(milestoneKeys(cycle).map((key) => [key, groupsAt(row, cciIds, key)])),
          gaps: gapSummary(row, cciIds, targetId),
        },
      ];
    }),
  );
}
