import { annualReportDecider } from '../aggregates/annual-report/annual-report-decider.js';
import { campaignDecider, expectedDeclarationIds } from '../aggregates/campaign/campaign-decider.js';
import { campaignIdOf } from '../aggregates/campaign/period-lock.js';
import { commentRuleReads, declarationDecider } from '../aggregates/declaration/declaration-decider.js';
import { machineKeyDecider } from '../aggregates/machine-key/machine-key-decider.js';
import { personDecider } from '../aggregates/person/person-decider.js';
import { aggregateIds } from '../events/event-catalog.js';
import type { ReferenceData } from '../reference/reference-data.js';
import {
  decideAbandonAction,
  decideCompleteAction,
  decidePlanAction,
  decideStartAction,
} from './action-decisions.js';
import { stateOfKind, type AggregateState } from './aggregate-state.js';
import type { AccessCommand } from './access-commands.js';
import type { Command } from './commands.js';
import type { Decision } from './decision.js';
import {
  decideSetIndicatorTarget,
  decideSetIndicatorTrajectory,
  decideSignObjectivesConvention,
} from './indicator-decisions.js';
import { decideChangeProcessMode, decideSetProcessModeTarget } from './srom-decisions.js';
import type { DecisionContext } from './writer.js';

/** Every command the decisions take: the facts a CCI records, and who may act for it. */
export type AnyCommand = Command | AccessCommand;

/** The aggregate a command is about: the state its decision reads, the partition its events go to. */
export function commandAggregateId(command: AnyCommand): string {
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
    case 'SetIndicatorTrajectory':
      return aggregateIds.indicatorTrajectory(command.cciId, command.indicatorId);
    case 'ReportIndicator':
    case 'DraftIndicatorValue':
    case 'DeclareIndicatorDraft':
    case 'CorrectIndicatorReport':
    case 'ValidateDeclaration':
    case 'SendBackDeclaration':
      return aggregateIds.indicatorReport(command.cciId, command.indicatorId, command.period);
    case 'SignObjectivesConvention':
      return aggregateIds.objectivesConvention(command.comId);
    case 'CloseCampaign':
    case 'ReopenCampaignForCci':
      return aggregateIds.campaign(command.regionId, command.period);
    case 'RecordSromAnnualReview':
    case 'PresentAnnualReport':
      return aggregateIds.annualReport(command.regionId, command.year);
    case 'InvitePerson':
    case 'ChangePersonRoles':
    case 'RemovePerson':
    case 'ChangeNoticePreferences':
      return aggregateIds.person(command.email);
    case 'IssueMachineKey':
    case 'RevokeMachineKey':
      return aggregateIds.machineKey(command.keyId);
  }
}

/**
 * Every aggregate a command's decision reads, its own first: a declaration reads its campaign (is the
 * period closed, reopened for this CCI?) and, to know whether its figure needs a comment, the previous
 * period's declaration and the year's target; a closing reads every declaration the campaign expects. The
 * write side locks them all, so that no other decision changes one of them meanwhile.
 */
export function commandReads(command: AnyCommand, reference: ReferenceData): string[] {
  const own = commandAggregateId(command);
  switch (command.type) {
    case 'ReportIndicator':
    case 'DeclareIndicatorDraft':
    case 'CorrectIndicatorReport': {
      const campaign = campaignIdOf(reference, command.cciId, command.period);
      return [
        own,
        ...(campaign === null ? [] : [campaign]),
        ...commentRuleReads(command.cciId, command.indicatorId, command.period),
      ];
    }
    case 'DraftIndicatorValue':
    case 'ValidateDeclaration':
    case 'SendBackDeclaration': {
      const campaign = campaignIdOf(reference, command.cciId, command.period);
      return campaign === null ? [own] : [own, campaign];
    }
    case 'CloseCampaign':
      return [own, ...expectedDeclarationIds({ reference }, command.regionId, command.period)];
    case 'ChangeProcessMode':
    case 'SetProcessModeTarget':
    case 'PlanAction':
    case 'StartAction':
    case 'CompleteAction':
    case 'AbandonAction':
    case 'SetIndicatorTarget':
    case 'SetIndicatorTrajectory':
    case 'SignObjectivesConvention':
    case 'ReopenCampaignForCci':
    case 'RecordSromAnnualReview':
    case 'PresentAnnualReport':
    case 'InvitePerson':
    case 'ChangePersonRoles':
    case 'RemovePerson':
    case 'ChangeNoticePreferences':
    case 'IssueMachineKey':
    case 'RevokeMachineKey':
      return [own];
  }
}

/**
 * Command + the state of its aggregate → the events to append, or a French rejection. The decision
 * may look up only the aggregates `commandReads` names: a look-up of another one is a bug (the write
 * side would not have locked it), and throws.
 */
export function decide(
  command: AnyCommand,
  state: AggregateState | undefined,
  context: DecisionContext,
): Decision {
  const reads = new Set(commandReads(command, context.reference));
  const guarded: DecisionContext = {
    ...context,
    lookup: (aggregateId) => {
      if (!reads.has(aggregateId))
        throw new Error(`${command.type} lit l'agrégat ${aggregateId}, que commandReads ne nomme pas.`);
      return context.lookup(aggregateId);
    },
  };
  switch (command.type) {
    case 'ChangeProcessMode':
      return decideChangeProcessMode(command, stateOfKind(state, 'srom-cell'), guarded);
    case 'SetProcessModeTarget':
      return decideSetProcessModeTarget(command, stateOfKind(state, 'srom-cell'), guarded);
    case 'PlanAction':
      return decidePlanAction(command, stateOfKind(state, 'action'), guarded);
    case 'StartAction':
      return decideStartAction(command, stateOfKind(state, 'action'), guarded);
    case 'CompleteAction':
      return decideCompleteAction(command, stateOfKind(state, 'action'), guarded);
    case 'AbandonAction':
      return decideAbandonAction(command, stateOfKind(state, 'action'), guarded);
    case 'SetIndicatorTarget':
      return decideSetIndicatorTarget(command, stateOfKind(state, 'indicator-target'), guarded);
    case 'SetIndicatorTrajectory':
      return decideSetIndicatorTrajectory(command, stateOfKind(state, 'indicator-trajectory'), guarded);
    case 'SignObjectivesConvention':
      return decideSignObjectivesConvention(command, stateOfKind(state, 'objectives-convention'), guarded);
    case 'ReportIndicator':
    case 'DraftIndicatorValue':
    case 'DeclareIndicatorDraft':
    case 'CorrectIndicatorReport':
    case 'ValidateDeclaration':
    case 'SendBackDeclaration':
      return declarationDecider.decide(
        command,
        stateOfKind(state, 'declaration') ?? declarationDecider.initialState(),
        guarded,
      );
    case 'CloseCampaign':
    case 'ReopenCampaignForCci':
      return campaignDecider.decide(
        command,
        stateOfKind(state, 'campaign') ?? campaignDecider.initialState(),
        guarded,
      );
    case 'RecordSromAnnualReview':
    case 'PresentAnnualReport':
      return annualReportDecider.decide(
        command,
        stateOfKind(state, 'annual-report') ?? annualReportDecider.initialState(),
        guarded,
      );
    case 'InvitePerson':
    case 'ChangePersonRoles':
    case 'RemovePerson':
    case 'ChangeNoticePreferences':
      return personDecider.decide(
        command,
        stateOfKind(state, 'person') ?? personDecider.initialState(),
        guarded,
      );
    case 'IssueMachineKey':
    case 'RevokeMachineKey':
      return machineKeyDecider.decide(
        command,
        stateOfKind(state, 'machine-key') ?? machineKeyDecider.initialState(),
        guarded,
      );
  }
}
