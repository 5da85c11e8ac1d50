import type { DomainEvent } from '../events/envelope.js';
import type { Delegate } from '../events/fields.js';
import type { ModeId } from '../reference/ids.js';

/**
 * What the decisions need to know about one aggregate, folded from its events. This is the write
 * side's state: small, rebuilt from the log at start-up.
 */
export type SromCellState = {
  kind: 'srom-cell';
  version: number;
  mode: ModeId | null;
  delegate: Delegate | null;
  effectiveDate: string | null;
  target: { mode: ModeId; delegate: Delegate | null } | null;
};

export type ActionStatus = 'planned' | 'started' | 'completed' | 'abandoned';

export type ActionState = {
  kind: 'action';
  version: number;
  status: ActionStatus;
  regionId: string;
  ownerCciId: string;
  plannedOn: string;
  startedOn: string | null;
  completedOn: string | null;
};

export type IndicatorReportState = {
  kind: 'indicator-report';
  version: number;
  value: number;
  comment: string | null;
  occurredAt: string;
};

export type IndicatorTargetState = { kind: 'indicator-target'; version: number; target: number };

export type ConventionState = { kind: 'objectives-convention'; version: number };

export type AggregateState =
  SromCellState | ActionState | IndicatorReportState | IndicatorTargetState | ConventionState;

function sromCell(state: AggregateState | undefined): SromCellState {
  return state?.kind === 'srom-cell'
    ? state
    : { kind: 'srom-cell', version: 0, mode: null, delegate: null, effectiveDate: null, target: null };
}

/**
 * Folds one event into its aggregate's state. Events already folded (by version) change nothing, and
 * so does an event that does not fit the aggregate (an action step before any plan): the decisions
 * never produce one, and the projectors send such events to the dead-letter topic.
 */
export function evolveAggregate(
  state: AggregateState | undefined,
  event: DomainEvent,
): AggregateState | undefined {
  if (state && event.aggregateVersion <= state.version) return state;
  const version = event.aggregateVersion;
  switch (event.type) {
    case 'ProcessModeChanged': {
      const cell = sromCell(state);
      return {
        ...cell,
        version,
        mode: event.payload.to,
        delegate: event.payload.delegate,
        effectiveDate: event.payload.effectiveDate,
      };
    }
    case 'ProcessModeTargetSet': {
      const cell = sromCell(state);
      return { ...cell, version, target: { mode: event.payload.mode, delegate: event.payload.delegate } };
    }
    case 'ActionPlanned':
      return {
        kind: 'action',
        version,
        status: 'planned',
        regionId: event.payload.regionId,
        ownerCciId: event.payload.ownerCciId,
        plannedOn: event.payload.plannedOn,
        startedOn: null,
        completedOn: null,
      };
    case 'ActionStarted':
      return state?.kind === 'action'
        ? { ...state, version, status: 'started', startedOn: event.payload.startedOn }
        : state;
    case 'ActionCompleted':
      return state?.kind === 'action'
        ? { ...state, version, status: 'completed', completedOn: event.payload.completedOn }
        : state;
    case 'ActionAbandoned':
      return state?.kind === 'action' ? { ...state, version, status: 'abandoned' } : state;
    case 'IndicatorTargetSet':
      return { kind: 'indicator-target', version, target: event.payload.target };
    case 'IndicatorReported':
    case 'IndicatorReportCorrected':
      return {
        kind: 'indicator-report',
        version,
        value: event.payload.value,
        comment: event.payload.comment,
        occurredAt: event.occurredAt,
      };
    case 'ObjectivesConventionSigned':
      return { kind: 'objectives-convention', version };
  }
}
