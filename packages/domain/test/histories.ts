import fc from 'fast-check';

import type { AggregateState } from '../src/decisions/aggregate-state.js';
import type { Command } from '../src/decisions/commands.js';
import type { DomainEvent } from '../src/events/envelope.js';
import type { ModeId } from '../src/reference/ids.js';
import { command, Scenario } from './scenario.js';

/**
 * Random but valid histories for property tests: a list of intents (change a mode, report a value,
 * move an action, let time pass...) turned into commands against the current state and run through
 * the decisions, keeping what they accept. Pools are small so that intents collide on the same
 * aggregates (corrections, successive mode changes, action steps).
 */

const CELLS = {
  ccis: ['cci-mayenne', 'cci-vendee', 'cci-pays-de-la-loire', 'cci-rouen-metropole', 'cci-caen-normandie'],
  macroProcesses: ['si-gouvernance', 'finance-stocks', 'rh-administration-paie'],
};
const REGIONAL = { 'pays-de-la-loire': 'cci-pays-de-la-loire', normandie: 'cci-normandie' } as const;
const REPORTERS = ['cci-rouen-metropole', 'cci-caen-normandie', 'cci-seine-estuaire'];
/** The regional CCI declares its own figures too, in cells its campaigns do not expect. */
const DECLARERS = [...REPORTERS, 'cci-normandie'];
const INDICATORS = [
  { id: 'premier-niveau-information', unitId: 'entreprises', max: 500, integer: true },
  { id: 'satisfaction-entreprises', unitId: 'pourcentage', max: 100, integer: false },
  { id: 'collaborateurs-cci-academie', unitId: 'collaborateurs', max: 80, integer: true },
];
const MODES: ModeId[] = ['A', 'C', 'H', 'M', 'I'];
const ACTIONS = ['chantier-a', 'chantier-b', 'chantier-c'];

type Intent =
  | { kind: 'wait'; days: number }
  | { kind: 'mode'; cci: number; mp: number; mode: number; delegateToRegion: boolean; backDays: number }
  | { kind: 'target'; cci: number; mp: number; mode: number }
  | { kind: 'report'; cci: number; indicator: number; periodsBack: number; value: number }
  | { kind: 'indicator-target'; scope: number; indicator: number; yearOffset: number; target: number }
  | { kind: 'trajectory'; scope: number; indicator: number; baseline: number; finalTarget: number }
  | { kind: 'plan'; action: number; region: number; totem: boolean }
  | { kind: 'step'; action: number; step: 'StartAction' | 'CompleteAction' | 'AbandonAction' }
  | { kind: 'correct'; report: number; value: number }
  | { kind: 'draft'; cci: number; indicator: number; periodsBack: number; value: number }
  | { kind: 'declare-draft'; draft: number }
  | { kind: 'review'; report: number; validate: boolean }
  | { kind: 'close'; periodsBack: number; acknowledge: boolean }
  | { kind: 'reopen'; periodsBack: number; cci: number }
  | { kind: 'annual'; present: boolean; lastYear: boolean }
  | { kind: 'sign' };

const intent: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 60 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('mode' as const),
      cci: fc.nat(CELLS.ccis.length - 1),
      mp: fc.nat(CELLS.macroProcesses.length - 1),
      mode: fc.nat(4),
      delegateToRegion: fc.boolean(),
      backDays: fc.integer({ min: 0, max: 60 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('target' as const),
      cci: fc.nat(CELLS.ccis.length - 1),
      mp: fc.nat(CELLS.macroProcesses.length - 1),
      mode: fc.nat(4),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('report' as const),
      cci: fc.nat(DECLARERS.length - 1),
      indicator: fc.nat(INDICATORS.length - 1),
      periodsBack: fc.nat(3),
      value: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('indicator-target' as const),
      scope: fc.nat(REPORTERS.length),
      indicator: fc.nat(INDICATORS.length - 1),
      yearOffset: fc.nat(1),
      target: fc.integer({ min: 1, max: 2000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('trajectory' as const),
      scope: fc.nat(REPORTERS.length),
      indicator: fc.nat(INDICATORS.length - 1),
      baseline: fc.integer({ min: 0, max: 2000 }),
      finalTarget: fc.integer({ min: 1, max: 2000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('plan' as const),
      action: fc.nat(ACTIONS.length - 1),
      region: fc.nat(1),
      totem: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('step' as const),
      action: fc.nat(ACTIONS.length - 1),
      step: fc.constantFrom('StartAction' as const, 'CompleteAction' as const, 'AbandonAction' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('correct' as const),
      report: fc.nat(),
      value: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('draft' as const),
      cci: fc.nat(REPORTERS.length - 1),
      indicator: fc.nat(INDICATORS.length - 1),
      periodsBack: fc.nat(3),
      value: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('declare-draft' as const), draft: fc.nat() }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('review' as const), report: fc.nat(), validate: fc.boolean() }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('close' as const),
      periodsBack: fc.integer({ min: 1, max: 3 }),
      acknowledge: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('reopen' as const),
      periodsBack: fc.integer({ min: 1, max: 3 }),
      cci: fc.nat(REPORTERS.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('annual' as const),
      present: fc.boolean(),
      lastYear: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'sign' as const }) },
);

const day = (date: Date) => date.toISOString().slice(0, 10);
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

function regionOf(cciId: string): keyof typeof REGIONAL {
  return ['cci-rouen-metropole', 'cci-caen-normandie', 'cci-seine-estuaire', 'cci-normandie'].includes(cciId)
    ? 'normandie'
    : 'pays-de-la-loire';
}

function currentPeriod(now: Date, quartersBack: number): string {
  const quarterIndex = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3) - quartersBack;
  return `${Math.floor(quarterIndex / 4)}-T${(quarterIndex % 4) + 1}`;
}

function toCommand(
  scenario: Scenario,
  i: Intent,
  states: (aggregateId: string) => AggregateState | undefined,
): [string, Command] | null {
  const now = scenario.now;
  switch (i.kind) {
    case 'wait':
    case 'sign':
      return i.kind === 'sign'
        ? [
            'cci-normandie',
            command('SignObjectivesConvention', {
              comId: 'com-normandie-2023-2027',
              signedOn: day(now),
              signedOnText: day(now),
              place: 'Deauville',
              signatories: ['CCI France'],
            }),
          ]
        : null;
    case 'mode': {
      const cciId = pick(CELLS.ccis, i.cci);
      const macroProcessId = pick(CELLS.macroProcesses, i.mp);
      const state = states(`srom-cell:${cciId}:${macroProcessId}`);
      const cell = state?.kind === 'srom-cell' ? state : undefined;
      const to = pick(MODES, i.mode);
      const region = regionOf(cciId);
      const back = new Date(now.getTime() - i.backDays * 86_400_000);
      const effectiveDate =
        cell?.effectiveDate && cell.effectiveDate > day(back) ? cell.effectiveDate : day(back);
      return [
        REGIONAL[region],
        command('ChangeProcessMode', {
          cciId,
          macroProcessId,
          from: cell?.mode ?? null,
          to,
          delegate:
            to === 'I'
              ? i.delegateToRegion
                ? { kind: 'ccir', cciId: REGIONAL[region] }
                : { kind: 'third-party', name: 'Opérateur' }
              : null,
          effectiveDate,
          rationale: 'Décision régionale',
          expectedVersion: cell?.version ?? 0,
        }),
      ];
    }
    case 'target': {
      const cciId = pick(CELLS.ccis, i.cci);
      const macroProcessId = pick(CELLS.macroProcesses, i.mp);
      const state = states(`srom-cell:${cciId}:${macroProcessId}`);
      const mode = pick(MODES, i.mode);
      const region = regionOf(cciId);
      return [
        REGIONAL[region],
        command('SetProcessModeTarget', {
          cciId,
          macroProcessId,
          mode,
          delegate: mode === 'I' ? { kind: 'ccir', cciId: REGIONAL[region] } : null,
          rationale: 'Projection',
          expectedVersion: state?.version ?? 0,
        }),
      ];
    }
    case 'report': {
      const cciId = pick(DECLARERS, i.cci);
      const indicator = pick(INDICATORS, i.indicator);
      const raw = i.value * indicator.max;
      return [
        cciId,
        command('ReportIndicator', {
          cciId,
          indicatorId: indicator.id,
          period: currentPeriod(now, i.periodsBack),
          value: indicator.integer ? Math.round(raw) : Math.round(raw * 10) / 10,
          unitId: indicator.unitId,
          comment: i.value > 0.8 ? 'Trimestre exceptionnel' : null,
        }),
      ];
    }
    case 'indicator-target': {
      const indicator = pick(INDICATORS, i.indicator);
      const cciId = i.scope === REPORTERS.length ? 'cci-normandie' : pick(REPORTERS, i.scope);
      return [
        'cci-normandie',
        command('SetIndicatorTarget', {
          cciId,
          indicatorId: indicator.id,
          year: now.getUTCFullYear() + i.yearOffset,
          target: indicator.integer ? i.target : Math.min(100, i.target / 20),
          unitId: indicator.unitId,
        }),
      ];
    }
    case 'trajectory': {
      const indicator = pick(INDICATORS, i.indicator);
      const cciId = i.scope === REPORTERS.length ? 'cci-normandie' : pick(REPORTERS, i.scope);
      const value = (n: number) => (indicator.integer ? n : Math.min(100, n / 20));
      return [
        'cci-normandie',
        command('SetIndicatorTrajectory', {
          cciId,
          indicatorId: indicator.id,
          baseline: { year: 2022, value: value(i.baseline) },
          finalTarget: value(i.finalTarget),
          unitId: indicator.unitId,
          decidedBy: { bodyId: 'assemblee-generale' },
        }),
      ];
    }
    case 'plan': {
      const region = i.region === 0 ? 'pays-de-la-loire' : 'normandie';
      return [
        REGIONAL[region],
        command('PlanAction', {
          actionId: pick(ACTIONS, i.action),
          regionId: region,
          ownerCciId: REGIONAL[region],
          title: 'Chantier',
          functionId: 'si',
          totem: i.totem,
          plannedOn: day(now),
        }),
      ];
    }
    case 'correct': {
      const reports = scenario.events.filter((e) => e.type === 'IndicatorReported');
      if (reports.length === 0) return null;
      const reported = pick(reports, i.report);
      const indicator = INDICATORS.find((x) => x.id === reported.payload.indicatorId)!;
      const raw = i.value * indicator.max;
      return [
        reported.payload.cciId,
        command('CorrectIndicatorReport', {
          ...reported.payload,
          value: indicator.integer ? Math.round(raw) : Math.round(raw * 10) / 10,
          comment: 'Chiffre consolidé',
          reason: 'Doublons retirés',
        }),
      ];
    }
    case 'draft': {
      const cciId = pick(REPORTERS, i.cci);
      const indicator = pick(INDICATORS, i.indicator);
      const raw = i.value * indicator.max;
      return [
        cciId,
        command('DraftIndicatorValue', {
          cciId,
          indicatorId: indicator.id,
          period: currentPeriod(now, i.periodsBack),
          value: indicator.integer ? Math.round(raw) : Math.round(raw * 10) / 10,
          unitId: indicator.unitId,
        }),
      ];
    }
    case 'declare-draft': {
      const drafts = scenario.events.filter((e) => e.type === 'IndicatorValueDrafted');
      if (drafts.length === 0) return null;
      const { cciId, indicatorId, period } = pick(drafts, i.draft).payload;
      return [cciId, command('DeclareIndicatorDraft', { cciId, indicatorId, period })];
    }
    case 'review': {
      const declared = scenario.events.filter((e) => e.type === 'IndicatorReported');
      if (declared.length === 0) return null;
      const { cciId, indicatorId, period } = pick(declared, i.report).payload;
      const state = states(`indicator-report:${cciId}:${indicatorId}:${period}`);
      if (state?.kind !== 'declaration' || !state.declared) return null;
      const body = { cciId, indicatorId, period, declaredVersion: state.declared.version };
      return [
        'cci-normandie',
        i.validate
          ? command('ValidateDeclaration', body)
          : command('SendBackDeclaration', { ...body, comment: 'Chiffre à vérifier' }),
      ];
    }
    case 'close':
      return [
        'cci-normandie',
        command('CloseCampaign', {
          regionId: 'normandie',
          period: currentPeriod(now, i.periodsBack),
          acknowledgedMissing: i.acknowledge ? 1_000 : 0,
        }),
      ];
    case 'reopen':
      return [
        'cci-normandie',
        command('ReopenCampaignForCci', {
          regionId: 'normandie',
          period: currentPeriod(now, i.periodsBack),
          cciId: pick(REPORTERS, i.cci),
          reason: 'Erreur de saisie signalée',
        }),
      ];
    case 'annual': {
      const year = now.getUTCFullYear() - (i.lastYear ? 1 : 0);
      if (year < 2023) return null;
      if (!i.present) {
        return [
          'cci-normandie',
          command('RecordSromAnnualReview', {
            regionId: 'normandie',
            year,
            reviewedOn: day(now),
            summary: `Revue du ${day(now)}`,
          }),
        ];
      }
      const state = states(`annual-report:normandie:${year}`);
      const edition = (state?.kind === 'annual-report' ? state.editions.length : 0) + 1;
      return [
        'cci-normandie',
        command('PresentAnnualReport', {
          regionId: 'normandie',
          year,
          edition,
          presentedOn: day(now),
          deliberation: `Délibération n°${edition}`,
          snapshot: { asOf: day(now), srom: [], actions: [], indicators: [] },
        }),
      ];
    }
    case 'step': {
      const actionId = pick(ACTIONS, i.action);
      const state = states(`action:${actionId}`);
      if (state?.kind !== 'action') return null;
      const date = day(now);
      const body =
        i.step === 'StartAction'
          ? { actionId, startedOn: date }
          : i.step === 'CompleteAction'
            ? { actionId, completedOn: date }
            : { actionId, abandonedOn: date, reason: 'Priorités revues' };
      return [REGIONAL[state.regionId as keyof typeof REGIONAL], command(i.step, body)];
    }
  }
}

/** Runs intents from early 2023 onwards and returns the events the decisions accepted, in log order. */
export function historyOf(intents: readonly Intent[]): DomainEvent[] {
  const scenario = new Scenario(new Date('2023-01-10T08:00:00.000Z'));
  for (const i of intents) {
    scenario.at(
      new Date(scenario.now.getTime() + (i.kind === 'wait' ? i.days * 86_400_000 : 3_600_000)).toISOString(),
    );
    const next = toCommand(scenario, i, (id) => scenario.state(id));
    if (!next) continue;
    const [writer, cmd] = next;
    if ('rejection' in scenario.decide(writer, cmd)) continue;
    scenario.given(writer, cmd);
  }
  return scenario.events;
}

export const histories = fc.array(intent, { minLength: 0, maxLength: 150, size: 'max' }).map(historyOf);
