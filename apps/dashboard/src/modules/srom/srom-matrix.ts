import type {
  CciSummary,
  Delegate,
  GapStatus,
  ModeId,
  ModeSnapshot,
  ModeTarget,
  ReferenceView,
  SromCellView,
  SromMatrixView,
} from '../../api/read-api-types.js';

/** The five management modes in the SROM's order, which is not a ranking: no mode is "more advanced". */
export const MODE_IDS: readonly ModeId[] = ['A', 'C', 'H', 'M', 'I'];

export type SupportFunction = ReferenceView['functions'][number];
export type MacroProcess = SupportFunction['macroProcesses'][number];

/** The mode's French name, from the reference data ("Intégration"). */
export function modeLabel(reference: ReferenceView, mode: ModeId): string {
  return reference.modes.find((m) => m.id === mode)?.label ?? mode;
}

/** Who runs an integrated process: "CCI Pays de la Loire", "Tiers opérateur"... */
export function delegateLabel(reference: ReferenceView, delegate: Delegate): string {
  if (delegate.name) return delegate.name;
  if (delegate.cciId) return reference.ccis.find((c) => c.id === delegate.cciId)?.name ?? delegate.cciId;
  return reference.delegateKinds.find((k) => k.id === delegate.kind)?.label ?? delegate.kind;
}

/** "Intégration (I), déléguée à CCI Pays de la Loire" or "Autonomie (A)"; "mode inconnu" when none. */
export function describeMode(reference: ReferenceView, snapshot: ModeSnapshot | ModeTarget | null): string {
  if (!snapshot) return 'mode inconnu';
  const base = `${modeLabel(reference, snapshot.mode)} (${snapshot.mode})`;
  return snapshot.delegate ? `${base}, déléguée à ${delegateLabel(reference, snapshot.delegate)}` : base;
}

export const GAP_LABELS: Record<GapStatus, string> = {
  'on-target': 'conforme à la projection 2021',
  'off-target': 'écart à la projection 2021',
  'no-target': 'sans projection 2021',
  'no-mode': 'mode actuel inconnu',
};

export function cellOf(matrix: SromMatrixView, macroProcessId: string, cciId: string): SromCellView | null {
  return matrix.cells[macroProcessId]?.[cciId] ?? null;
}

/**
 * The accessible name of a matrix cell's button: everything the chip, its colour and its signs say, in
 * words. It repeats the visible text ("I → CCI Pays de la Loire") word for word, as WCAG 2.5.3 asks, so
 * that a voice-control user can say what they see.
 */
export function cellDescription(
  reference: ReferenceView,
  macroProcess: MacroProcess,
  cci: CciSummary,
  cell: SromCellView | null,
): string {
  const current = cell?.current ?? null;
  const subject = `${macroProcess.label}, ${cci.name}`;
  if (!current || !cell) return `${subject} : mode inconnu. Voir l'historique`;
  const delegate =
    current.mode === 'I' && current.delegate ? ` → ${delegateLabel(reference, current.delegate)}` : '';
  return `${subject} : ${modeLabel(reference, current.mode)}, ${current.mode}${delegate}, ${GAP_LABELS[cell.gap]}. Voir l'historique`;
}

/** Macro-processes with at least one known mode or target: the rest of the grid is blank in the documents. */
export function documentedMacroProcesses(matrix: SromMatrixView, fn: SupportFunction): MacroProcess[] {
  return fn.macroProcesses.filter((mp) =>
    Object.values(matrix.cells[mp.id] ?? {}).some((c) => c.current !== null || c.milestones['2021'] !== null),
  );
}

export type MilestoneKey = '2013' | '2017' | 'current' | '2021';

/** The same mode (and delegate) held by several CCIs, summarised in one line of the milestones table. */
export type ModeGroup = { snapshot: ModeSnapshot | ModeTarget | null; cciIds: string[] };

function snapshotAt(cell: SromCellView | null, key: MilestoneKey): ModeSnapshot | ModeTarget | null {
  if (!cell) return null;
  return key === 'current' ? cell.current : cell.milestones[key];
}

function sameMode(a: ModeSnapshot | ModeTarget | null, b: ModeSnapshot | ModeTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.mode === b.mode &&
    (a.delegate?.kind ?? null) === (b.delegate?.kind ?? null) &&
    (a.delegate?.cciId ?? null) === (b.delegate?.cciId ?? null)
  );
}

/**
 * How the CCIs of a region stand on one macro-process at one milestone, grouped by mode: in a SROM most
 * changes are regional decisions applied to every territorial CCI, so one line usually says it all.
 */
export function milestoneGroups(
  matrix: SromMatrixView,
  macroProcessId: string,
  cciIds: readonly string[],
  key: MilestoneKey,
): ModeGroup[] {
  const groups: ModeGroup[] = [];
  for (const cciId of cciIds) {
    const snapshot = snapshotAt(cellOf(matrix, macroProcessId, cciId), key);
    const group = groups.find((g) => sameMode(g.snapshot, snapshot));
    if (group) group.cciIds.push(cciId);
    else groups.push({ snapshot, cciIds: [cciId] });
  }
  return groups;
}

export type GapSummary = { onTarget: string[]; offTarget: string[]; unknown: string[] };

/** Which CCIs are on their projection for a macro-process, which are not, and which cannot be judged. */
export function gapSummary(
  matrix: SromMatrixView,
  macroProcessId: string,
  cciIds: readonly string[],
): GapSummary {
  const summary: GapSummary = { onTarget: [], offTarget: [], unknown: [] };
  for (const cciId of cciIds) {
    const gap = cellOf(matrix, macroProcessId, cciId)?.gap ?? 'no-target';
    if (gap === 'on-target') summary.onTarget.push(cciId);
    else if (gap === 'off-target') summary.offTarget.push(cciId);
    else summary.unknown.push(cciId);
  }
  return summary;
}

/** The cells away from their projection, for the annual report's list of gaps. */
export function offTargetCells(
  matrix: SromMatrixView,
  functions: readonly SupportFunction[],
  cciIds: readonly string[],
): { fn: SupportFunction; macroProcess: MacroProcess; cciId: string; cell: SromCellView }[] {
  return functions.flatMap((fn) =>
    fn.macroProcesses.flatMap((macroProcess) =>
      cciIds.flatMap((cciId) => {
        const cell = cellOf(matrix, macroProcess.id, cciId);
        return cell?.gap === 'off-target' ? [{ fn, macroProcess, cciId, cell }] : [];
      }),
    ),
  );
}
