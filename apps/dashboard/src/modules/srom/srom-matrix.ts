import type {
  CciSummary,
  Delegate,
  GapStatus,
  Milestone,
  ModeId,
  ModeSnapshot,
  ModeTarget,
  ReferenceView,
  SromCellView,
  SromMatrixView,
} from '../../api/read-api-types.js';

/** A SROM cycle's projection: the one milestone of kind target among the view's (its cycle's). */
export function projectionMilestone(milestones: readonly Milestone[]): Milestone | undefined {
  return milestones.find((m) => m.kind === 'target');
}

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

/** How a cell stands against the projection of the view's SROM cycle: « écart à la projection 2021 ». */
export function gapLabel(gap: GapStatus, projection: Milestone | undefined): string {
  const name = projection?.label.toLocaleLowerCase('fr-FR') ?? 'projection';
  switch (gap) {
    case 'on-target':
      return `conforme à la ${name}`;
    case 'off-target':
      return `écart à la ${name}`;
    case 'no-target':
      return `sans ${name}`;
    case 'no-mode':
      return 'mode actuel inconnu';
  }
}

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
  projection: Milestone | undefined,
): string {
  const current = cell?.current ?? null;
  const subject = `${macroProcess.label}, ${cci.name}`;
  if (!current || !cell) return `${subject} : mode inconnu. Voir l'historique`;
  const delegate =
    current.mode === 'I' && current.delegate ? ` → ${delegateLabel(reference, current.delegate)}` : '';
  return `${subject} : ${modeLabel(reference, current.mode)}, ${current.mode}${delegate}, ${gapLabel(cell.gap, projection)}. Voir l'historique`;
}

/** The cells away from their projection, for the annual report's list of gaps, in the milestones table's order. */
export function offTargetCells(
  matrix: SromMatrixView,
  functions: readonly SupportFunction[],
): { fn: SupportFunction; macroProcess: MacroProcess; cciId: string; cell: SromCellView }[] {
  return matrix.milestoneRows.flatMap((row) => {
    const fn = functions.find((f) => f.id === row.functionId);
    const macroProcess = fn?.macroProcesses.find((mp) => mp.id === row.macroProcessId);
    if (!fn || !macroProcess) return [];
    return row.gaps.offTarget.flatMap((cciId) => {
      const cell = cellOf(matrix, macroProcess.id, cciId);
      return cell ? [{ fn, macroProcess, cciId, cell }] : [];
    });
  });
}
