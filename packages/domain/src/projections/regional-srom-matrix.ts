import type { DomainEvent } from '../events/envelope.js';
import { sameDelegate, type DecidedBy, type Delegate, type Evidence } from '../events/fields.js';
import type { ModeId } from '../reference/ids.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { sortedEntries } from './aggregation.js';
import {
  laterOf,
  provenanceOf,
  regionOfCci,
  withEntry,
  type Projection,
  type Provenance,
} from './projection.js';

/**
 * The regional SROM matrix: per macro-process (rows) and CCI (columns), the current management mode
 * with its delegate, the mode at each observed milestone of every SROM cycle (2013, 2017...), the
 * projection set for each cycle's target milestone (2021...) and the gap to the latest projection set;
 * per support function, how many cells are in each mode. One document per region:
 * `srom-matrix:<regionId>`.
 *
 * Every cell keeps its full history (the audit trail of the cell); everything else in the cell is
 * derived from that history, which is what makes "as of" a date a filter on the history.
 */

export type SromHistoryEntry = Provenance &
  (
    | {
        kind: 'mode-changed';
        from: ModeId | null;
        to: ModeId;
        delegate: Delegate | null;
        effectiveDate: string;
        rationale: string;
        decidedBy: DecidedBy;
        evidence: Evidence | null;
      }
    | {
        kind: 'target-set';
        milestoneId: string;
        mode: ModeId;
        delegate: Delegate | null;
        rationale: string;
        decidedBy: DecidedBy;
        evidence: Evidence | null;
      }
  );

export type ModeSnapshot = { mode: ModeId; delegate: Delegate | null; since: string };
export type ModeTarget = { mode: ModeId; delegate: Delegate | null };

/** on-target: the current mode is the projection; off-target: it is not; no-target / no-mode: one is unknown. */
export type GapStatus = 'on-target' | 'off-target' | 'no-target' | 'no-mode';

export type SromCell = {
  version: number;
  current: ModeSnapshot | null;
  /** milestones[milestoneId], for every milestone of every cycle: the mode then, or the projection. */
  milestones: Record<string, ModeSnapshot | ModeTarget | null>;
  /** To the projection set last, whichever cycle it is for. */
  gap: GapStatus;
  history: SromHistoryEntry[];
};

export type ModeCounts = Record<ModeId | 'unknown', number>;
export type GapCounts = Record<GapStatus, number>;

export type RegionalSromMatrix = {
  regionId: string;
  /** cells[macroProcessId][cciId]; cells without any recorded fact are absent. */
  cells: Record<string, Record<string, SromCell>>;
  /** Per support function, over the region's grid (every macro-process × every CCI of the region). */
  distribution: Record<string, ModeCounts>;
  gaps: GapCounts;
  lastRecordedAt: string | null;
};

export const sromMatrixId = (regionId: string) => `srom-matrix:${regionId}`;

export function emptyModeCounts(): ModeCounts {
  return { A: 0, C: 0, H: 0, M: 0, I: 0, unknown: 0 };
}

export function emptyGapCounts(): GapCounts {
  return { 'on-target': 0, 'off-target': 0, 'no-target': 0, 'no-mode': 0 };
}

export function gapStatus(
  current: { mode: ModeId; delegate: Delegate | null } | null,
  target: ModeTarget | null,
): GapStatus {
  if (target === null) return 'no-target';
  if (current === null) return 'no-mode';
  return current.mode === target.mode &&
    (current.mode !== 'I' || sameDelegate(current.delegate, target.delegate))
    ? 'on-target'
    : 'off-target';
}

/** Derives a cell from its history: everything but the history is a function of it. */
export function cellFromHistory(history: SromHistoryEntry[], reference: ReferenceData): SromCell {
  const changes = history.filter((e) => e.kind === 'mode-changed');
  const snapshot = (e: (typeof changes)[number] | undefined): ModeSnapshot | null =>
    e ? { mode: e.to, delegate: e.delegate, since: e.effectiveDate } : null;
  const modeAsOf = (date: string) => snapshot(changes.filter((e) => e.effectiveDate <= date).at(-1));
  const targets = history.filter((e) => e.kind === 'target-set');
  const targetOf = (e: (typeof targets)[number] | undefined): ModeTarget | null =>
    e ? { mode: e.mode, delegate: e.delegate } : null;
  const current = snapshot(changes.at(-1));
  return {
    version: history.at(-1)?.version ?? 0,
    current,
    milestones: Object.fromEntries(
      reference.milestones.map((m) => [
        m.id,
        m.kind === 'observed'
          ? modeAsOf(m.asOf)
          : targetOf(targets.filter((e) => e.milestoneId === m.id).at(-1)),
      ]),
    ),
    gap: gapStatus(current, targetOf(targets.at(-1))),
    history,
  };
}

function historyEntry(event: DomainEvent): SromHistoryEntry | null {
  switch (event.type) {
    case 'ProcessModeChanged': {
      const p = event.payload;
      return {
        ...provenanceOf(event),
        kind: 'mode-changed',
        from: p.from,
        to: p.to,
        delegate: p.delegate,
        effectiveDate: p.effectiveDate,
        rationale: p.rationale,
        decidedBy: p.decidedBy,
        evidence: p.evidence ?? null,
      };
    }
    case 'ProcessModeTargetSet': {
      const p = event.payload;
      return {
        ...provenanceOf(event),
        kind: 'target-set',
        milestoneId: p.milestoneId,
        mode: p.mode,
        delegate: p.delegate,
        rationale: p.rationale,
        decidedBy: p.decidedBy,
        evidence: p.evidence ?? null,
      };
    }
    case 'ActionPlanned':
    case 'ActionStarted':
    case 'ActionCompleted':
    case 'ActionAbandoned':
    case 'IndicatorTargetSet':
    case 'IndicatorReported':
    case 'IndicatorReportCorrected':
    case 'ObjectivesConventionSigned':
    case 'IndicatorValueDrafted':
    case 'DeclarationValidated':
    case 'DeclarationSentBack':
    case 'CampaignClosed':
    case 'CampaignReopenedForCci':
    case 'SromAnnualReviewRecorded':
    case 'AnnualReportPresented':
    case 'PersonInvited':
    case 'PersonRolesChanged':
    case 'PersonRemoved':
    case 'NoticePreferencesChanged':
    case 'MachineKeyIssued':
    case 'IndicatorTrajectorySet':
    case 'MachineKeyRevoked':
      return null;
  }
}

/**
 * The matrix in plain fields, for what a DSI asks of it with `mongosh`: per macro-process the CCIs in
 * each mode now (`modes.<macroProcessId>.<modeId>`, a mode with no CCI absent), and per support
 * function the cells in each mode. A SROM change is rare beside the figures, so the lists cost the
 * local engine little (it charges each element of an array at every write of the document).
 */
function sromPlainFields(doc: RegionalSromMatrix): Record<string, unknown> {
  const modes: Record<string, Partial<Record<ModeId, string[]>>> = {};
  for (const [macroProcessId, row] of sortedEntries(doc.cells)) {
    for (const [cciId, cell] of sortedEntries(row)) {
      if (cell.current === null) continue;
      const byMode = (modes[macroProcessId] ??= {});
      (byMode[cell.current.mode] ??= []).push(cciId);
    }
  }
  return { modes, distribution: doc.distribution };
}

export const regionalSromMatrix: Projection<RegionalSromMatrix> = {
  name: 'regional-srom-matrix',
  version: 4,
  handles: ['ProcessModeChanged', 'ProcessModeTargetSet'],
  documentIds(event, reference) {
    if (event.type !== 'ProcessModeChanged' && event.type !== 'ProcessModeTargetSet') return [];
    return [sromMatrixId(regionOfCci(reference, event.payload.cciId))];
  },
  initial(documentId) {
    return {
      regionId: documentId.slice('srom-matrix:'.length),
      cells: {},
      distribution: {},
      gaps: emptyGapCounts(),
      lastRecordedAt: null,
    };
  },
  evolve(doc, event, reference) {
    const entry = historyEntry(event);
    if (!entry || (event.type !== 'ProcessModeChanged' && event.type !== 'ProcessModeTargetSet')) return doc;
    const { cciId, macroProcessId } = event.payload;
    const row = doc.cells[macroProcessId] ?? {};
    const history = withEntry(row[cciId]?.history ?? [], entry);
    if (!history) return doc;
    return {
      ...doc,
      cells: { ...doc.cells, [macroProcessId]: { ...row, [cciId]: cellFromHistory(history, reference) } },
      lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
    };
  },
  summarize(doc, reference) {
    return {
      ...doc,
      ...sromDistribution(
        doc.regionId,
        (mp, cci) => {
          const cell = doc.cells[mp]?.[cci];
          return cell ? { mode: cell.current?.mode ?? null, gap: cell.gap } : undefined;
        },
        reference,
      ),
    };
  },
  plainFields: sromPlainFields,
};

/**
 * Counts, per support function, the cells of a region's grid (every macro-process × every CCI of the
 * region) in each mode, and the cells on or off their projection. Shared by the regional matrix and
 * the national consolidation, so that both count the same way.
 */
export function sromDistribution(
  regionId: string,
  cellAt: (macroProcessId: string, cciId: string) => { mode: ModeId | null; gap: GapStatus } | undefined,
  reference: ReferenceData,
): { distribution: Record<string, ModeCounts>; gaps: GapCounts } {
  const distribution: Record<string, ModeCounts> = {};
  const gaps = emptyGapCounts();
  const ccis = reference.ccisOfRegion(regionId);
  for (const fn of reference.functions) {
    const counts = emptyModeCounts();
    for (const mp of fn.macroProcesses) {
      for (const cci of ccis) {
        const cell = cellAt(mp.id, cci.id);
        counts[cell?.mode ?? 'unknown'] += 1;
        gaps[cell?.gap ?? 'no-target'] += 1;
      }
    }
    distribution[fn.id] = counts;
  }
  return { distribution, gaps };
}

/** A region's cells per mode over all its support functions, from the distribution per function. */
export function modeTotals(distribution: Record<string, ModeCounts>): ModeCounts {
  const totals = emptyModeCounts();
  for (const counts of Object.values(distribution)) {
    for (const mode of Object.keys(totals) as (keyof ModeCounts)[]) totals[mode] += counts[mode];
  }
  return totals;
}

/** The matrix as it stood at an instant: each cell's history up to then, and what derives from it. */
export function regionalSromMatrixAsOf(
  doc: RegionalSromMatrix,
  instantMs: number,
  reference: ReferenceData,
): RegionalSromMatrix {
  const cells: Record<string, Record<string, SromCell>> = {};
  let lastRecordedAt: string | null = null;
  for (const [macroProcessId, row] of Object.entries(doc.cells)) {
    for (const [cciId, cell] of Object.entries(row)) {
      const history = cell.history.filter((e) => Date.parse(e.at) <= instantMs);
      if (history.length === 0) continue;
      cells[macroProcessId] = { ...cells[macroProcessId], [cciId]: cellFromHistory(history, reference) };
      for (const e of history) lastRecordedAt = laterOf(lastRecordedAt, e.recordedAt);
    }
  }
  return regionalSromMatrix.summarize({ ...doc, cells, lastRecordedAt }, reference);
}
