import type {
  ActionCell,
  AuditEntry,
  ComAxis,
  ComIndicatorProgress,
  Milestone,
  NationalTotals,
  RegionalActionProgress,
  RegionalSromMatrix,
  RegionFigures,
  ReportCell,
  SromCell,
  TargetCell,
} from '@cci/domain';

/**
 * The shapes the read API answers with. They are the domain's read models, without the histories
 * (served by the audit endpoints), plus what a view needs around them. The OpenAPI schemas, and so
 * the dashboard's types, are generated from this file.
 */

export type RegionSummary = { id: string; name: string; inseeCode: string; establishments: number | null };
export type CciSummary = {
  id: string;
  name: string;
  kind: 'national' | 'regional' | 'territorial';
  regionId: string | null;
};

export type SromCellView = Omit<SromCell, 'history'> & { changes: number };
export type SromMatrixView = Omit<RegionalSromMatrix, 'cells'> & {
  cells: Record<string, Record<string, SromCellView>>;
};

export type ReportCellView = Omit<ReportCell, 'history'>;
export type TargetCellView = Omit<TargetCell, 'history'>;
export type ComIndicatorView = Omit<ComIndicatorProgress, 'reports' | 'targets'> & {
  label: string;
  reports: Record<string, Record<string, ReportCellView>>;
  targets: Record<string, Record<string, TargetCellView>>;
};

export type ConventionView = {
  comId: string;
  label: string;
  years: { from: number; to: number };
  axes: ComAxis[];
  signature: {
    place: string;
    signedOn: string | null;
    signedOnText: string;
    signatories: string[];
    recordedAt: string;
  } | null;
};

export type ActionCellView = Omit<ActionCell, 'history'>;
export type ActionProgressView = Omit<RegionalActionProgress, 'actions'> & {
  actions: Record<string, ActionCellView>;
};

export type ProjectionState = 'caught-up' | 'catching-up' | 'stalled' | 'paused' | 'stopped' | 'unknown';

/** How fresh a view is, in business terms, with the sentence the dashboard's banner shows. */
export type Freshness = {
  state: ProjectionState;
  /** The instant up to which the view holds every recorded fact. */
  upToDateAt: string | null;
  lastRecordedAt: string | null;
  /** The last quarter that has ended, and the territorial CCIs that have not sent all of it yet. */
  latestPeriod: string | null;
  missingReporters: CciSummary[];
  message: string;
};

export type RegionalView = {
  region: RegionSummary;
  /** The date the view stands at ("au 31/12/2017"), or null for now. */
  asOf: string | null;
  generatedAt: string;
  freshness: Freshness;
  ccis: CciSummary[];
  milestones: Milestone[];
  matrix: SromMatrixView;
  com: { convention: ConventionView; indicators: ComIndicatorView[] } | null;
  actions: ActionProgressView;
};

export type NationalRegionRow = RegionFigures & {
  region: RegionSummary;
  ccis: number;
  lastRecordedAt: string | null;
  comId: string | null;
};

export type NationalView = {
  asOf: string | null;
  generatedAt: string;
  freshness: Pick<Freshness, 'state' | 'upToDateAt' | 'message'>;
  regions: NationalRegionRow[];
  totals: NationalTotals;
};

export type AuditView = { subject: string; entries: AuditEntry[] };

export type PartitionStatusView = {
  partition: number;
  offset: number;
  highWatermark: number;
  lagEvents: number;
  lagSeconds: number;
  eventsPerSecond: number;
  state: 'caught-up' | 'catching-up' | 'stalled';
};

export type ProjectorView = {
  name: string;
  label: string;
  state: ProjectionState;
  generation: number | null;
  instances: {
    instanceId: string;
    generation: number;
    state: ProjectionState;
    heartbeatAt: string;
    partitions: PartitionStatusView[];
  }[];
  lagEvents: number;
  lagSeconds: number;
  eventsPerSecond: number;
  alert: string | null;
};

export type DeadLetterView = {
  id: string;
  projector: string;
  partition: number;
  offset: number;
  reason: string;
  message: string;
  explanation: string;
  eventType: string | null;
  eventId: string | null;
  cci: CciSummary | null;
  regionId: string | null;
  subject: string | null;
  failedAt: string;
  replay: { at: string; by: string; partition: number; offset: number } | null;
};

export type RebuildView = {
  projector: string;
  generation: number;
  phase: 'replaying' | 'aligning' | 'comparing' | 'switched' | 'refused' | 'failed';
  done: number;
  total: number;
  eventsPerSecond: number;
  etaSeconds: number | null;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  forced: boolean;
  message: string | null;
  differences: number;
};

export type ReconciliationView = {
  ranAt: string;
  durationMs: number;
  ok: boolean;
  requestedBy: string | null;
  regionsCompared: string[];
  nationalDifferences: { path: string; expected: unknown; actual: unknown }[];
  replays: { projector: string; generation: number; events: number; differences: number }[];
};

export type MonitoringView = {
  generatedAt: string;
  projectors: ProjectorView[];
  deadLetters: DeadLetterView[];
  rebuilds: RebuildView[];
  reconciliation: ReconciliationView | null;
  lastEventByCci: { cci: CciSummary; at: string; type: string }[];
};

export type MeView = {
  cci: CciSummary;
  role: 'national' | 'regional' | 'territorial';
  person: string | null;
  permissions: { regions: 'all' | string[]; national: boolean; monitoring: boolean; operate: boolean };
};

export type ReferenceView = {
  regions: RegionSummary[];
  ccis: CciSummary[];
  modes: { id: 'A' | 'C' | 'H' | 'M' | 'I'; label: string; definition: string }[];
  modesNote: string;
  delegateKinds: { id: string; label: string }[];
  milestones: Milestone[];
  functions: {
    id: string;
    label: string;
    macroProcesses: { id: string; label: string; description: string }[];
  }[];
  governanceBodies: { id: string; label: string }[];
  units: { id: string; label: string; symbol: string }[];
  coms: {
    id: string;
    regionId: string;
    label: string;
    years: { from: number; to: number };
    axes: ComAxis[];
    indicators: {
      id: string;
      axisId: string;
      label: string;
      unitId: string;
      aggregation: 'sum' | 'average' | 'latest';
      frequency: 'quarterly' | 'yearly';
    }[];
    reportingCalendar: { period: string; deadline: string }[];
  }[];
};

export type AcceptedView = { accepted: true; message: string };
