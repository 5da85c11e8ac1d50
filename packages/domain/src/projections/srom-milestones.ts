import { sameDelegate } from '../events/fields.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { ModeSnapshot, ModeTarget, SromCell } from './regional-srom-matrix.js';

/**
 * The milestones table of a region's SROM: for each documented macro-process, how its CCIs stood in
 * 2013, in 2017, today and in the 2021 projection, the CCIs that share a mode grouped together (in a
 * SROM most changes are regional decisions applied to every territorial CCI, so one line usually says
 * it all), and which CCIs are on their projection.
 */

export type MilestoneKey = '2013' | '2017' | 'current' | '2021';

/** The same mode (and delegate) held by several CCIs. */
export type ModeGroup = { snapshot: ModeSnapshot | ModeTarget | null; cciIds: string[] };

export type GapSummary = { onTarget: string[]; offTarget: string[]; unknown: string[] };

export type MilestoneRow = {
  functionId: string;
  macroProcessId: string;
  groups: Record<MilestoneKey, ModeGroup[]>;
  gaps: GapSummary;
};

type CellFigures = Pick<SromCell, 'current' | 'milestones' | 'gap'>;

function sameMode(a: ModeSnapshot | ModeTarget | null, b: ModeSnapshot | ModeTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return a.mode === b.mode && sameDelegate(a.delegate, b.delegate);
}

function snapshotAt(cell: CellFigures | undefined, key: MilestoneKey): ModeSnapshot | ModeTarget | null {
  if (!cell) return null;
  return key === 'current' ? cell.current : cell.milestones[key];
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

function gapSummary(row: Record<string, CellFigures>, cciIds: readonly string[]): GapSummary {
  const summary: GapSummary = { onTarget: [], offTarget: [], unknown: [] };
  for (const cciId of cciIds) {
    const gap = row[cciId]?.gap ?? 'no-target';
    if (gap === 'on-target') summary.onTarget.push(cciId);
    else if (gap === 'off-target') summary.offTarget.push(cciId);
    else summary.unknown.push(cciId);
  }
  return summary;
}

/**
 * One row per macro-process with at least one known mode or 2021 target (the rest of the grid is blank
 * in the source documents), in the SROM's order of functions and macro-processes.
 */
export function milestoneRows(
  cells: Record<string, Record<string, CellFigures>>,
  reference: ReferenceData,
  cciIds: readonly string[],
): MilestoneRow[] {
  return reference.functions.flatMap((fn) =>
    fn.macroProcesses.flatMap((mp) => {
      const row = cells[mp.id] ?? {};
      const documented = Object.values(row).some((c) => c.current !== null || c.milestones['2021'] !== null);
      if (!documented) return [];
      return [
        {
          functionId: fn.id,
          macroProcessId: mp.id,
          groups: {
            '2013': groupsAt(row, cciIds, '2013'),
            '2017': groupsAt(row, cciIds, '2017'),
            current: groupsAt(row, cciIds, 'current'),
            '2021': groupsAt(row, cciIds, '2021'),
          },
          gaps: gapSummary(row, cciIds),
        },
      ];
    }),
  );
}
