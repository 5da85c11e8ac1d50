import { annualReportDecider } from '../aggregates/annual-report/annual-report-decider.js';
import type { AnnualReportState } from '../aggregates/annual-report/annual-report.js';
import { campaignDecider } from '../aggregates/campaign/campaign-decider.js';
import type { CampaignState } from '../aggregates/campaign/campaign.js';
import { declarationDecider } from '../aggregates/declaration/declaration-decider.js';
import type { DeclarationState } from '../aggregates/declaration/declaration.js';
import { machineKeyDecider } from '../aggregates/machine-key/machine-key-decider.js';
import type { MachineKeyState } from '../aggregates/machine-key/machine-key.js';
import { personDecider } from '../aggregates/person/person-decider.js';
import type { PersonState } from '../aggregates/person/person.js';
import type { DomainEvent } from '../events/envelope.js';
import type { DecidedBy, Delegate } from '../events/fields.js';
import type { ModeId } from '../reference/ids.js';

/**
 * What the decisions need to know about one aggregate, folded from its events. This is the write
 * side's state: small, rebuilt from the log at start-up. The aggregates in the decider shape
 * (`src/aggregates/`) keep their state and `evolve` there; the others are folded here.
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

export type IndicatorTargetState = {
  kind: 'indicator-target';
  version: number;
  target: number;
  decidedBy: DecidedBy;
};

export type IndicatorTrajectoryState = {
  kind: 'indicator-trajectory';
  version: number;
  baseline: { year: number; value: number };
  finalTarget: number;
  decidedBy: DecidedBy;
};

export type ConventionState = { kind: 'objectives-convention'; version: number };

export type AggregateState =
  | SromCellState
  | ActionState
  | DeclarationState
  | IndicatorTargetState
  | IndicatorTrajectoryState
  | ConventionState
  | CampaignState
  | AnnualReportState
  | PersonState
  | MachineKeyState;

/** The state of an aggregate of one kind, or undefined when the state is of another kind or absent. */
export function stateOfKind<K extends AggregateState['kind']>(
  state: AggregateState | undefined,
  kind: K,
): Extract<AggregateState, { kind: K }> | undefined {
  return state?.kind === kind ? (state as Extract<AggregateState, { kind: K }>) : undefined;
}

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
      return {
        kind: 'indicator-target',
        version,
        target: event.payload.target,
        decidedBy: event.payload.decidedBy,
      };
    case 'IndicatorTrajectorySet':
      return {
        kind: 'indicator-trajectory',
        version,
        baseline: event.payload.baseline,
        finalTarget: event.payload.finalTarget,
        decidedBy: event.payload.decidedBy,
      };
    case 'IndicatorReported':
    case 'IndicatorReportCorrected':
    case 'IndicatorValueDrafted':
    case 'DeclarationValidated':
    case 'DeclarationSentBack':
      return declarationDecider.evolve(
        stateOfKind(state, 'declaration') ?? declarationDecider.initialState(),
        event,
      );
    case 'ObjectivesConventionSigned':
      return { kind: 'objectives-convention', version };
    case 'CampaignClosed':
    case 'CampaignReopenedForCci':
      return campaignDecider.evolve(stateOfKind(state, 'campaign') ?? campaignDecider.initialState(), event);
    case 'SromAnnualReviewRecorded':
    case 'AnnualReportPresented':
      return annualReportDecider.evolve(
        stateOfKind(state, 'annual-report') ?? annualReportDecider.initialState(),
        event,
      );
    case 'PersonInvited':
    case 'PersonRolesChanged':
    case 'PersonRemoved':
    case 'NoticePreferencesChanged':
      return personDecider.evolve(stateOfKind(state, 'person') ?? personDecider.initialState(), event);
    case 'MachineKeyIssued':
    case 'MachineKeyRevoked':
      return machineKeyDecider.evolve(
        stateOfKind(state, 'machine-key') ?? machineKeyDecider.initialState(),
        event,
      );
  }
}
