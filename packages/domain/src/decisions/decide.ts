import { aggregateIds } from '../events/event-catalog.js';
import {
  decideAbandonAction,
  decideCompleteAction,
  decidePlanAction,
  decideStartAction,
} from './action-decisions.js';
import type { AggregateState } from './aggregate-state.js';
import type { Command } from './commands.js';
import type { Decision } from './decision.js';
import {
  decideCorrectIndicatorReport,
  decideReportIndicator,
  decideSetIndicatorTarget,
  decideSignObjectivesConvention,
} from './indicator-decisions.js';
import { decideChangeProcessMode, decideSetProcessModeTarget } from './srom-decisions.js';
import type { DecisionContext } from './writer.js';

/** The aggregate a command is about: the state its decision reads, the partition its events go to. */
export function commandAggregateId(command: Command): string {
  switch (command.type) {
    case 'ChangeProcessMode':
    case 'SetProcessModeTarget':
      return aggregateIds.sromCell(command.cciId, command.macroProcessId);
    case 'PlanAction':
    case 'StartAction':
    case 'CompleteAction':
    case 'AbandonAction':
      return aggregateIds.action(command.actionId);
    case 'SetIndicatorTarget':
      return aggregateIds.indicatorTarget(command.cciId, command.indicatorId, command.year);
    case 'ReportIndicator':
    case 'CorrectIndicatorReport':
      return aggregateIds.indicatorReport(command.cciId, command.indicatorId, command.period);
    case 'SignObjectivesConvention':
      return aggregateIds.objectivesConvention(command.comId);
  }
}

function ofKind<K extends AggregateState['kind']>(
  state: AggregateState | undefined,
  kind: K,
): Extract<AggregateState, { kind: K }> | undefined {
  return state?.kind === kind ? (state as Extract<AggregateState, { kind: K }>) : undefined;
}

/** Command + the state of its aggregate → the events to append, or a French rejection. */
export function decide(
  command: Command,
  state: AggregateState | undefined,
  context: DecisionContext,
): Decision {
  switch (command.type) {
    case 'ChangeProcessMode':
      return decideChangeProcessMode(command, ofKind(state, 'srom-cell'), context);
    case 'SetProcessModeTarget':
      return decideSetProcessModeTarget(command, ofKind(state, 'srom-cell'), context);
    case 'PlanAction':
      return decidePlanAction(command, ofKind(state, 'action'), context);
    case 'StartAction':
      return decideStartAction(command, ofKind(state, 'action'), context);
    case 'CompleteAction':
      return decideCompleteAction(command, ofKind(state, 'action'), context);
    case 'AbandonAction':
      return decideAbandonAction(command, ofKind(state, 'action'), context);
    case 'SetIndicatorTarget':
      return decideSetIndicatorTarget(command, ofKind(state, 'indicator-target'), context);
    case 'ReportIndicator':
      return decideReportIndicator(command, ofKind(state, 'indicator-report'), context);
    case 'CorrectIndicatorReport':
      return decideCorrectIndicatorReport(command, ofKind(state, 'indicator-report'), context);
    case 'SignObjectivesConvention':
      return decideSignObjectivesConvention(command, ofKind(state, 'objectives-convention'), context);
  }
}
