import type { ActionStatus } from '../decisions/aggregate-state.js';
import type { DomainEvent, EventOfType } from '../events/envelope.js';
import type { DecidedBy, Evidence } from '../events/fields.js';
import type { ReferenceData } from '../reference/reference-data.js';
import {
  knownRegion,
  laterOf,
  ProjectionError,
  provenanceOf,
  regionOfCci,
  withEntry,
  type Projection,
  type Provenance,
} from './projection.js';

/**
 * Action progress per region (`action-progress:<regionId>`): every chantier or action with its status
 * and history, counts per support function, per COM axis and per owning CCI, and the totems (the
 * flagship commitments the Bureau follows).
 */

export type ActionHistoryEntry = Provenance & {
  kind: ActionStatus;
  date: string;
  note: string | null;
  reason: string | null;
  evidence: Evidence | null;
};

export type ActionCell = {
  version: number;
  title: string;
  description: string | null;
  ownerCciId: string;
  functionId: string | null;
  macroProcessIds: string[];
  axisId: string | null;
  totem: boolean;
  decidedBy: DecidedBy;
  dueOn: string | null;
  status: ActionStatus;
  plannedOn: string;
  startedOn: string | null;
  completedOn: string | null;
  abandonedOn: string | null;
  abandonReason: string | null;
  history: ActionHistoryEntry[];
};

export type StatusCounts = Record<ActionStatus, number> & { total: number; completionRate: number | null };

export type RegionalActionProgress = {
  regionId: string;
  actions: Record<string, ActionCell>;
  byFunction: Record<string, StatusCounts>;
  byAxis: Record<string, StatusCounts>;
  byCci: Record<string, StatusCounts>;
  counts: StatusCounts;
  totems: string[];
  lastRecordedAt: string | null;
};

export const actionProgressId = (regionId: string) => `action-progress:${regionId}`;

/** The details an action's plan gives; kept beside the history since "as of" before the plan drops the action. */
type ActionPlan = Omit<
  ActionCell,
  'version' | 'status' | 'startedOn' | 'completedOn' | 'abandonedOn' | 'abandonReason' | 'history'
>;

export function emptyStatusCounts(): StatusCounts {
  return { planned: 0, started: 0, completed: 0, abandoned: 0, total: 0, completionRate: null };
}

function withRate(counts: Omit<StatusCounts, 'completionRate'>): StatusCounts {
  const open = counts.total - counts.abandoned;
  return { ...counts, completionRate: open > 0 ? counts.completed / open : null };
}

export function countStatus(counts: StatusCounts, status: ActionStatus): StatusCounts {
  return withRate({ ...counts, [status]: counts[status] + 1, total: counts.total + 1 });
}

export function addStatusCounts(a: StatusCounts, b: StatusCounts): StatusCounts {
  return withRate({
    planned: a.planned + b.planned,
    started: a.started + b.started,
    completed: a.completed + b.completed,
    abandoned: a.abandoned + b.abandoned,
    total: a.total + b.total,
  });
}

function cellFromHistory(plan: ActionPlan, history: ActionHistoryEntry[]): ActionCell {
  const last = (kind: ActionStatus) => history.filter((e) => e.kind === kind).at(-1);
  const finalEntry = history.at(-1);
  return {
    ...plan,
    version: finalEntry?.version ?? 0,
    status: finalEntry?.kind ?? 'planned',
    startedOn: last('started')?.date ?? null,
    completedOn: last('completed')?.date ?? null,
    abandonedOn: last('abandoned')?.date ?? null,
    abandonReason: last('abandoned')?.reason ?? null,
    history,
  };
}

const ACTION_EVENTS = ['ActionPlanned', 'ActionStarted', 'ActionCompleted', 'ActionAbandoned'] as const;
type ActionEvent = EventOfType<(typeof ACTION_EVENTS)[number]>;

function isActionEvent(event: DomainEvent): event is ActionEvent {
  return (ACTION_EVENTS as readonly string[]).includes(event.type);
}

function entryOf(event: ActionEvent): { actionId: string; entry: ActionHistoryEntry; plan?: ActionPlan } {
  const base = { ...provenanceOf(event), note: null, reason: null, evidence: null };
  switch (event.type) {
    case 'ActionPlanned': {
      const p = event.payload;
      return {
        actionId: p.actionId,
        entry: { ...base, kind: 'planned', date: p.plannedOn, evidence: p.evidence ?? null },
        plan: {
          title: p.title,
          description: p.description ?? null,
          ownerCciId: p.ownerCciId,
          functionId: p.functionId,
          macroProcessIds: p.macroProcessIds,
          axisId: p.axisId,
          totem: p.totem,
          decidedBy: p.decidedBy,
          dueOn: p.dueOn,
          plannedOn: p.plannedOn,
        },
      };
    }
    case 'ActionStarted':
      return {
        actionId: event.payload.actionId,
        entry: { ...base, kind: 'started', date: event.payload.startedOn, note: event.payload.note ?? null },
      };
    case 'ActionCompleted':
      return {
        actionId: event.payload.actionId,
        entry: {
          ...base,
          kind: 'completed',
          date: event.payload.completedOn,
          note: event.payload.note ?? null,
          evidence: event.payload.evidence ?? null,
        },
      };
    case 'ActionAbandoned':
      return {
        actionId: event.payload.actionId,
        entry: { ...base, kind: 'abandoned', date: event.payload.abandonedOn, reason: event.payload.reason },
      };
  }
}

export const actionProgress: Projection<RegionalActionProgress> = {
  name: 'action-progress',
  version: 2,
  handles: ACTION_EVENTS,
  documentIds(event, reference) {
    if (!isActionEvent(event)) return [];
    const { regionId } = event.payload;
    if (event.type === 'ActionPlanned' && regionOfCci(reference, event.payload.ownerCciId) !== regionId) {
      throw new ProjectionError(
        `La CCI « ${event.payload.ownerCciId} » n'est pas dans la région « ${regionId} ».`,
      );
    }
    return [actionProgressId(knownRegion(reference, regionId))];
  },
  initial(documentId) {
    return {
      regionId: documentId.slice('action-progress:'.length),
      actions: {},
      byFunction: {},
      byAxis: {},
      byCci: {},
      counts: emptyStatusCounts(),
      totems: [],
      lastRecordedAt: null,
    };
  },
  evolve(doc, event) {
    if (!isActionEvent(event)) return doc;
    const found = entryOf(event);
    const existing = doc.actions[found.actionId];
    const plan: ActionPlan | undefined = found.plan ?? (existing ? planOf(existing) : undefined);
    if (!plan)
      throw new ProjectionError(
        `Étape « ${found.entry.kind} » de l'action « ${found.actionId} », qui n'a jamais été planifiée.`,
      );
    const history = withEntry(existing?.history ?? [], found.entry);
    if (!history) return doc;
    return {
      ...doc,
      actions: { ...doc.actions, [found.actionId]: cellFromHistory(plan, history) },
      lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
    };
  },
  summarize(doc) {
    const byFunction: Record<string, StatusCounts> = {};
    const byAxis: Record<string, StatusCounts> = {};
    const byCci: Record<string, StatusCounts> = {};
    let counts = emptyStatusCounts();
    const totems: string[] = [];
    for (const [actionId, action] of Object.entries(doc.actions).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const fn = action.functionId ?? 'sans-fonction';
      const axis = action.axisId ?? 'sans-axe';
      byFunction[fn] = countStatus(byFunction[fn] ?? emptyStatusCounts(), action.status);
      byAxis[axis] = countStatus(byAxis[axis] ?? emptyStatusCounts(), action.status);
      byCci[action.ownerCciId] = countStatus(byCci[action.ownerCciId] ?? emptyStatusCounts(), action.status);
      counts = countStatus(counts, action.status);
      if (action.totem) totems.push(actionId);
    }
    return { ...doc, byFunction, byAxis, byCci, counts, totems };
  },
};

function planOf(cell: ActionCell): ActionPlan {
  const {
    title,
    description,
    ownerCciId,
    functionId,
    macroProcessIds,
    axisId,
    totem,
    decidedBy,
    dueOn,
    plannedOn,
  } = cell;
  return {
    title,
    description,
    ownerCciId,
    functionId,
    macroProcessIds,
    axisId,
    totem,
    decidedBy,
    dueOn,
    plannedOn,
  };
}

/** The actions as they stood at an instant: actions not yet planned then are absent. */
export function actionProgressAsOf(
  doc: RegionalActionProgress,
  instantMs: number,
  reference: ReferenceData,
): RegionalActionProgress {
  const actions: Record<string, ActionCell> = {};
  let lastRecordedAt: string | null = null;
  for (const [actionId, cell] of Object.entries(doc.actions)) {
    const history = cell.history.filter((e) => Date.parse(e.at) <= instantMs);
    if (!history.some((e) => e.kind === 'planned')) continue;
    actions[actionId] = cellFromHistory(planOf(cell), history);
    for (const e of history) lastRecordedAt = laterOf(lastRecordedAt, e.recordedAt);
  }
  return actionProgress.summarize({ ...doc, actions, lastRecordedAt }, reference);
}
