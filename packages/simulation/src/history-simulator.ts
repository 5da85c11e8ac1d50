import {
  commandAggregateId,
  commandRole,
  decide,
  evolveAggregate,
  missingCommentMessage,
  MODE_IDS,
  parsePeriod,
  shiftPeriod,
  rolesOfCci,
  sealEvent,
  stateOfKind,
  targetMilestoneOf,
  type Agent,
  type AggregateState,
  type AnyCommand,
  type Decision,
  type DomainEvent,
  type Indicator,
  type ReferenceData,
} from '@cci/domain';

import {
  closingPlan,
  redeclarationPlan,
  reviewPlan,
  revalidationPlan,
  SEND_BACK_COMMENTS,
  type CampaignRates,
  type CommandPlan,
} from './campaign-reviews.js';
import { Random } from './random.js';

/** Who records a simulated fact: the simulation, acting as the person it names. */
/** What every simulated event's id starts with; the rest is its number, in hexadecimal. */
const SIMULATED_EVENT_ID_PREFIX = '51a00000-0000-4000-8000-';

function agentOf(fact: SimulatedFact): Agent {
  return { kind: 'tool', tool: 'simulation', operator: fact.person };
}

/** A fact a CCI records at a given time, as the API would receive it: a command about its figures, or about its people. */
export type SimulatedFact = { at: string; recordedBy: string; person: string | null; command: AnyCommand };

/**
 * A fact to record at a given time: its command, or, for a step that depends on what is recorded by
 * then (a review names the declaration's version), the plan that makes it when its time comes.
 */
export type PlannedFact = Omit<SimulatedFact, 'command'> & { command: AnyCommand | CommandPlan };

export type SimulationRates = {
  /** Share of reports sent after the period's deadline. */
  late: number;
  /** Share of periods a CCI never reports. */
  missing: number;
  /** Share of reports corrected a few weeks later. */
  corrected: number;
  /** Share of reports carrying the CCI's comment. */
  commented: number;
  /** Mode changes per region and quarter. */
  modeChangesPerQuarter: number;
  /** Actions planned per region and quarter. */
  actionsPerQuarter: number;
};

export const REALISTIC_RATES: SimulationRates = {
  late: 0.12,
  missing: 0.03,
  corrected: 0.08,
  commented: 0.15,
  modeChangesPerQuarter: 1,
  actionsPerQuarter: 1,
};

const PEOPLE = ['Claire Martin', 'Julien Lefèvre', 'Nadia Benali', 'Thomas Guérin', 'Sophie Le Gall', null];
const COMMENTS = [
  'Salon régional organisé ce trimestre',
  'Effectifs réduits pendant l’été',
  'Forte demande liée au plan de relance',
  'Campagne d’appels sortants',
  'Nouvelle offre lancée en début de période',
];
const CORRECTION_REASONS = [
  'Doublons retirés après contrôle',
  'Saisie complétée par une antenne',
  'Erreur de périmètre corrigée',
];
const ACTION_TITLES = [
  'Harmoniser les procédures de clôture comptable',
  'Mutualiser le support informatique de proximité',
  'Déployer un outil commun de gestion des engagements',
  'Former les managers aux nouveaux modes de travail',
  'Centraliser la veille juridique',
];

function quarterStart(year: number, quarter: number): number {
  return Date.UTC(year, (quarter - 1) * 3, 1);
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

const EXPLAINED_MOVE = 'Écart expliqué par l’activité exceptionnelle du trimestre';

/**
 * Simulates the network quarter after quarter: regional CCIs set yearly targets; territorial CCIs
 * report every indicator of their COM after each quarter, a few late, a few never, some with a
 * comment, some corrected weeks later; now and then a macro-process changes mode and an action is
 * planned, started, completed. With `campaigns`, the regions also review each period's declarations
 * after its deadline and close its campaign (`campaign-reviews.ts`). Every fact goes through the
 * decisions, as through the API, so the history is one the product would accept.
 */
export class HistorySimulator {
  private readonly random: Random;
  private readonly states = new Map<string, AggregateState>();
  private readonly baselines = new Map<string, number>();
  /** The latest value planned for each CCI, indicator and period, which the next period's comment rule reads. */
  private readonly planned = new Map<string, number>();
  /** The SROM cycles whose projections the regions adopted during this simulation. */
  private readonly adoptedSromCycles = new Set<string>();
  private actionCounter = 0;
  private eventCounter = 0;
  private year: number;
  private quarter: number;

  private readonly campaigns: CampaignRates | null;

  constructor(
    private readonly reference: ReferenceData,
    options: { seed: number; fromYear: number; rates?: SimulationRates; campaigns?: CampaignRates },
    private readonly rates: SimulationRates = options.rates ?? REALISTIC_RATES,
  ) {
    this.random = new Random(options.seed);
    this.year = options.fromYear;
    this.quarter = 1;
    this.campaigns = options.campaigns ?? null;
  }

  /** The state the decisions read for an aggregate, after the facts accepted so far. */
  state(aggregateId: string): AggregateState | undefined {
    return this.states.get(aggregateId);
  }

  /** Runs a fact through the decisions, without recording it. */
  decide(fact: SimulatedFact): Decision {
    return decide(fact.command, this.states.get(commandAggregateId(fact.command)), {
      writer: {
        cciId: fact.recordedBy,
        agent: agentOf(fact),
        roles: rolesOfCci(this.reference, fact.recordedBy),
      },
      reference: this.reference,
      now: new Date(fact.at),
      lookup: (aggregateId) => this.states.get(aggregateId),
    });
  }

  /** Accepts a fact as the platform would, returning its events with full envelopes (a plan is made first). */
  record(planned: PlannedFact): DomainEvent[] {
    const command =
      typeof planned.command === 'function'
        ? planned.command((aggregateId) => this.states.get(aggregateId))
        : planned.command;
    if (command === null) return [];
    const fact = { ...planned, command };
    const decision = this.decide(fact);
    if ('rejection' in decision) return [];
    return decision.events.map((draft) => {
      this.eventCounter += 1;
      const event = sealEvent(draft, {
        eventId: simulatedEventId(this.eventCounter),
        recordedBy: fact.recordedBy,
        author: { ...agentOf(fact), role: commandRole(fact.command.type) },
        service: 'simulation',
        recordedAt: fact.at,
        correlationId: `simulation-${this.eventCounter}`,
        causationId: null,
        idempotencyKey: null,
      });
      this.remember(event);
      return event;
    });
  }

  /**
   * Folds an event recorded elsewhere (the seed history, the API, another simulator) into the
   * simulator's state. A simulated event's number is counted too, so that the events this simulator
   * records next never take an id the log already holds.
   */
  remember(event: DomainEvent): void {
    const next = evolveAggregate(this.states.get(event.aggregateId), event);
    if (next) this.states.set(event.aggregateId, next);
    if (event.eventId.startsWith(SIMULATED_EVENT_ID_PREFIX))
      this.eventCounter = Math.max(
        this.eventCounter,
        Number.parseInt(event.eventId.slice(SIMULATED_EVENT_ID_PREFIX.length), 16),
      );
  }

  /**
   * The facts of the next quarter (reports of the quarter before it, targets, mode changes, actions;
   * with `campaigns`, that quarter's reviews and closing, which spill into later quarters), in time order.
   */
  nextQuarter(): PlannedFact[] {
    const facts: PlannedFact[] = [];
    const start = quarterStart(this.year, this.quarter);
    if (this.quarter === 1) facts.push(...this.targets(this.year, start), ...this.sromProjections(start));
    const previous =
      this.quarter === 1
        ? { year: this.year - 1, quarter: 4 }
        : { year: this.year, quarter: this.quarter - 1 };
    facts.push(...this.reports(`${previous.year}-T${previous.quarter}`, start));
    for (const region of this.reference.regions) {
      if (this.reference.ccisOfRegion(region.id).length === 0) continue;
      for (let i = 0; i < this.rates.modeChangesPerQuarter; i += 1)
        facts.push(...this.modeChange(region.id, start));
      for (let i = 0; i < this.rates.actionsPerQuarter; i += 1) facts.push(...this.action(region.id, start));
    }
    this.quarter = this.quarter === 4 ? 1 : this.quarter + 1;
    if (this.quarter === 1) this.year += 1;
    return facts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }

  private person(): string | null {
    return this.random.pick(PEOPLE);
  }

  private targets(year: number, start: number): SimulatedFact[] {
    const facts: SimulatedFact[] = [];
    for (const com of this.reference.coms) {
      if (year < com.years.from || year > com.years.to) continue;
      const regional = this.reference.regionalCci(com.regionId);
      if (!regional) continue;
      const territorial = this.reference.ccisOfRegion(com.regionId).filter((c) => c.kind === 'territorial');
      for (const indicator of this.reference
        .indicatorsOfRegion(com.regionId)
        .filter((i) => i.comId === com.id)) {
        const perCci = territorial.map((cci) => ({ cci, target: this.targetFor(cci.id, indicator) }));
        const regionTarget =
          indicator.aggregation === 'average'
            ? Math.round(perCci.reduce((a, b) => a + b.target, 0) / Math.max(1, perCci.length))
            : perCci.reduce((a, b) => a + b.target, 0);
        for (const { cci, target } of [{ cci: regional, target: regionTarget }, ...perCci]) {
          facts.push({
            at: new Date(start + (9 + this.random.integer(0, 10)) * DAY_MS).toISOString(),
            recordedBy: regional.id,
            person: this.person(),
            command: {
              type: 'SetIndicatorTarget',
              cciId: cci.id,
              indicatorId: indicator.id,
              year,
              target,
              unitId: indicator.unitId,
              decidedBy: null,
            },
          });
        }
      }
    }
    return facts;
  }

  private baseline(cciId: string, indicator: Indicator): number {
    const key = `${cciId}|${indicator.id}`;
    let value = this.baselines.get(key);
    if (value === undefined) {
      value = indicator.unitId === 'pourcentage' ? this.random.integer(70, 92) : this.random.integer(20, 400);
      this.baselines.set(key, value);
    }
    return value;
  }

  private targetFor(cciId: string, indicator: Indicator): number {
    const base = this.baseline(cciId, indicator);
    if (indicator.unitId === 'pourcentage') return Math.min(100, base + 3);
    return indicator.aggregation === 'latest' ? Math.round(base * 1.1) : Math.round(base * 4 * 1.05);
  }

  private valueFor(cciId: string, indicator: Indicator): number {
    const base = this.baseline(cciId, indicator);
    const noisy = base * (1 + 0.15 * this.random.gaussian());
    if (indicator.unitId === 'pourcentage') return Math.round(Math.min(100, Math.max(0, noisy)) * 10) / 10;
    return Math.max(0, Math.round(noisy));
  }

  /**
   * The report's own comment, or, when the figure moves far enough from the previous period or the
   * target that the decisions ask for one, a comment that explains it (no random draw, so that the
   * rest of the history stays as its seed makes it).
   */
  private commentFor(
    cciId: string,
    indicator: Indicator,
    period: string,
    value: number,
    comment: string | null,
  ): string | null {
    this.planned.set(`${cciId}|${indicator.id}|${period}`, value);
    if (comment !== null) return comment;
    const previousPeriod = shiftPeriod(period, -1);
    const previous =
      previousPeriod === null ? undefined : this.planned.get(`${cciId}|${indicator.id}|${previousPeriod}`);
    const message = missingCommentMessage({
      value,
      comment,
      previous:
        previousPeriod !== null && previous !== undefined
          ? { period: previousPeriod, value: previous }
          : null,
      yearTarget: this.targetFor(cciId, indicator),
      aggregation: indicator.aggregation,
      frequency: indicator.frequency,
      unitLabel: indicator.unitId,
    });
    return message === null ? null : EXPLAINED_MOVE;
  }

  private reports(period: string, start: number): PlannedFact[] {
    const parsed = parsePeriod(period);
    if (!parsed) return [];
    const facts: PlannedFact[] = [];
    for (const com of this.reference.coms) {
      if (parsed.year < com.years.from || parsed.year > com.years.to) continue;
      const deadline = this.reference.reportingDeadline(com.id, period);
      if (!deadline) continue;
      const territorial = this.reference.ccisOfRegion(com.regionId).filter((c) => c.kind === 'territorial');
      const sittings = this.campaigns ? this.reviewSittings(deadline) : null;
      for (const cci of territorial) {
        if (this.random.chance(this.rates.missing)) continue;
        const late = this.random.chance(this.rates.late);
        const sentAt =
          Date.parse(deadline) + (late ? this.random.integer(1, 20) : -this.random.integer(1, 25)) * DAY_MS;
        const at = Math.max(start + DAY_MS, sentAt);
        const person = this.person();
        for (const indicator of this.reference
          .indicatorsOfRegion(com.regionId)
          .filter((i) => i.comId === com.id && i.frequency === 'quarterly')) {
          if (this.campaigns && this.random.chance(this.campaigns.forgotten)) continue;
          const value = this.valueFor(cci.id, indicator);
          const comment = this.random.chance(this.rates.commented) ? this.random.pick(COMMENTS) : null;
          const reportedAt = at + this.random.integer(0, 3_600_000);
          let lastAt = reportedAt;
          facts.push({
            at: new Date(reportedAt).toISOString(),
            recordedBy: cci.id,
            person,
            command: {
              type: 'ReportIndicator',
              cciId: cci.id,
              indicatorId: indicator.id,
              period,
              value,
              unitId: indicator.unitId,
              comment: this.commentFor(cci.id, indicator, period, value, comment),
            },
          });
          if (this.random.chance(this.rates.corrected)) {
            const corrected = Math.max(
              0,
              indicator.unitId === 'pourcentage'
                ? Math.min(100, value + 1)
                : value + this.random.integer(1, 9),
            );
            lastAt = at + this.random.integer(5, 30) * DAY_MS;
            facts.push({
              at: new Date(lastAt).toISOString(),
              recordedBy: cci.id,
              person,
              command: {
                type: 'CorrectIndicatorReport',
                cciId: cci.id,
                indicatorId: indicator.id,
                period,
                value: corrected,
                unitId: indicator.unitId,
                comment: this.commentFor(cci.id, indicator, period, corrected, comment),
                reason: this.random.pick(CORRECTION_REASONS),
              },
            });
          }
          if (sittings) {
            const declaration = { cciId: cci.id, indicatorId: indicator.id, period };
            facts.push(...this.review(com.regionId, declaration, lastAt, sittings));
          }
        }
      }
      if (this.campaigns && territorial.length > 0) facts.push(this.closing(com.regionId, period, deadline));
    }
    return facts;
  }

  /** When the region reviews a period's declarations: a first sitting within 10 days of the deadline, a second a month later. */
  private reviewSittings(deadline: string): readonly [number, number] {
    const due = Date.parse(deadline);
    return [
      due + this.random.integer(3, 10) * DAY_MS + 9 * 3_600_000,
      due + this.random.integer(30, 40) * DAY_MS + 9 * 3_600_000,
    ];
  }

  /**
   * The region's review of one declaration, at the first sitting after its last change (or within a
   * week of it, once both are past): validated, or sent back and then, within 40 days, declared again
   * by the CCI and validated within a week.
   */
  private review(
    regionId: string,
    declaration: { cciId: string; indicatorId: string; period: string },
    lastAt: number,
    [first, second]: readonly [number, number],
  ): PlannedFact[] {
    const rates = this.campaigns;
    const regional = this.reference.regionalCci(regionId);
    if (!rates || !regional) return [];
    const sitting =
      lastAt < first ? first : lastAt < second ? second : lastAt + this.random.integer(1, 7) * DAY_MS;
    const reviewedAt = sitting + this.random.integer(0, 3 * 3_600_000);
    const sentBack = this.random.chance(rates.sentBack) ? this.random.pick(SEND_BACK_COMMENTS) : null;
    const facts: PlannedFact[] = [
      {
        at: new Date(reviewedAt).toISOString(),
        recordedBy: regional.id,
        person: this.person(),
        command: reviewPlan(declaration, sentBack),
      },
    ];
    if (sentBack === null) return facts;
    const redeclaredAt = reviewedAt + this.random.integer(5, 40) * DAY_MS;
    facts.push(
      {
        at: new Date(redeclaredAt).toISOString(),
        recordedBy: declaration.cciId,
        person: this.person(),
        command: redeclarationPlan(declaration, this.random.integer(1, 5)),
      },
      {
        at: new Date(redeclaredAt + this.random.integer(1, 7) * DAY_MS).toISOString(),
        recordedBy: regional.id,
        person: this.person(),
        command: revalidationPlan(declaration),
      },
    );
    return facts;
  }

  /** The region closes the period's campaign 75 to 90 days after its deadline: once the next one is open. */
  private closing(regionId: string, period: string, deadline: string): PlannedFact {
    const regional = this.reference.regionalCci(regionId);
    return {
      at: new Date(
        Date.parse(deadline) + this.random.integer(75, 90) * DAY_MS + this.random.integer(9, 12) * 3_600_000,
      ).toISOString(),
      recordedBy: regional?.id ?? regionId,
      person: this.person(),
      command: closingPlan(this.reference, regionId, period),
    };
  }

  /**
   * A SROM cycle after the documented one, in force at the year's start and not adopted yet: each
   * region's Bureau sets the projections of three macro-processes for each of its territorial CCIs.
   */
  private sromProjections(start: number): PlannedFact[] {
    const cycle = this.reference.sromCycleInForce(day(start));
    if (cycle.id === this.reference.sromCycles[0]?.id || this.adoptedSromCycles.has(cycle.id)) return [];
    this.adoptedSromCycles.add(cycle.id);
    const milestoneId = targetMilestoneOf(cycle).id;
    return this.reference.regions.flatMap((region) => {
      const regional = this.reference.regionalCci(region.id);
      if (!regional) return [];
      const territorial = this.reference.ccisOfRegion(region.id).filter((c) => c.kind === 'territorial');
      return territorial.flatMap((cci) =>
        Array.from({ length: 3 }, (): PlannedFact => {
          const macroProcessId = this.random.pick(this.reference.macroProcesses()).id;
          const mode = this.random.pick(MODE_IDS);
          return {
            at: new Date(start + this.random.integer(20, 60) * DAY_MS).toISOString(),
            recordedBy: regional.id,
            person: this.person(),
            command: (lookup) => ({
              type: 'SetProcessModeTarget',
              cciId: cci.id,
              macroProcessId,
              milestoneId,
              mode,
              delegate: mode === 'I' ? { kind: 'ccir', cciId: regional.id } : null,
              rationale: `Projection du ${cycle.label} adoptée par le Bureau régional`,
              decidedBy: { bodyId: 'bureau-regional' },
              expectedVersion:
                stateOfKind(lookup(`srom-cell:${cci.id}:${macroProcessId}`), 'srom-cell')?.version ?? 0,
            }),
          };
        }),
      );
    });
  }

  private modeChange(regionId: string, start: number): SimulatedFact[] {
    const regional = this.reference.regionalCci(regionId);
    const territorial = this.reference.ccisOfRegion(regionId).filter((c) => c.kind === 'territorial');
    if (!regional || territorial.length === 0) return [];
    const cci = this.random.pick(territorial);
    const macroProcess = this.random.pick(this.reference.macroProcesses());
    const aggregateId = `srom-cell:${cci.id}:${macroProcess.id}`;
    const cell = this.states.get(aggregateId);
    const current = cell?.kind === 'srom-cell' ? cell : undefined;
    const target = current?.target?.mode;
    const to =
      target && target !== current.mode && this.random.chance(0.7)
        ? target
        : this.random.pick(MODE_IDS.filter((m) => m !== current?.mode));
    const at = start + this.random.integer(5, 80) * DAY_MS;
    const effective = Math.max(
      at - this.random.integer(0, 20) * DAY_MS,
      current?.effectiveDate ? Date.parse(current.effectiveDate) : 0,
    );
    return [
      {
        at: new Date(at).toISOString(),
        recordedBy: regional.id,
        person: this.person(),
        command: {
          type: 'ChangeProcessMode',
          cciId: cci.id,
          macroProcessId: macroProcess.id,
          from: current?.mode ?? null,
          to,
          delegate: to === 'I' ? { kind: 'ccir', cciId: regional.id } : null,
          effectiveDate: day(effective),
          rationale: 'Décision du COMEX régional',
          decidedBy: { bodyId: 'comex' },
          expectedVersion: current?.version ?? 0,
        },
      },
    ];
  }

  private action(regionId: string, start: number): SimulatedFact[] {
    const regional = this.reference.regionalCci(regionId);
    if (!regional) return [];
    this.actionCounter += 1;
    const actionId = `simulation-${regionId}-${this.actionCounter}`;
    const fn = this.random.pick(this.reference.functions);
    const planned = start + this.random.integer(1, 30) * DAY_MS;
    const facts: SimulatedFact[] = [
      {
        at: new Date(planned).toISOString(),
        recordedBy: regional.id,
        person: this.person(),
        command: {
          type: 'PlanAction',
          actionId,
          regionId,
          ownerCciId: regional.id,
          title: this.random.pick(ACTION_TITLES),
          functionId: fn.id,
          macroProcessIds: [this.random.pick(fn.macroProcesses).id],
          axisId: null,
          totem: this.random.chance(0.2),
          plannedOn: day(planned),
          dueOn: day(planned + 365 * DAY_MS),
          decidedBy: { bodyId: 'bureau-regional' },
        },
      },
    ];
    const started = planned + this.random.integer(10, 60) * DAY_MS;
    facts.push({
      at: new Date(started).toISOString(),
      recordedBy: regional.id,
      person: this.person(),
      command: { type: 'StartAction', actionId, startedOn: day(started) },
    });
    if (this.random.chance(0.85)) {
      const ended = started + this.random.integer(30, 120) * DAY_MS;
      facts.push(
        this.random.chance(0.9)
          ? {
              at: new Date(ended).toISOString(),
              recordedBy: regional.id,
              person: this.person(),
              command: { type: 'CompleteAction', actionId, completedOn: day(ended) },
            }
          : {
              at: new Date(ended).toISOString(),
              recordedBy: regional.id,
              person: this.person(),
              command: {
                type: 'AbandonAction',
                actionId,
                abandonedOn: day(ended),
                reason: 'Priorités revues par le Bureau',
              },
            },
      );
    }
    return facts;
  }
}

/** A stable UUID (version 4 layout) for the n-th simulated event. */
export function simulatedEventId(index: number): string {
  return `${SIMULATED_EVENT_ID_PREFIX}${index.toString(16).padStart(12, '0')}`;
}

/**
 * About `count` events of simulated history from `fromYear`, in the order the log would hold them
 * (facts of a quarter are accepted in time order; action steps spill into later quarters). With
 * `after`, the simulation follows on from those events (the source documents' facts, say): they are
 * not returned, but the decisions see them.
 */
export function simulateEvents(
  reference: ReferenceData,
  options: {
    seed: number;
    fromYear: number;
    count: number;
    rates?: SimulationRates;
    campaigns?: CampaignRates;
    untilMs?: number;
    after?: readonly DomainEvent[];
  },
): DomainEvent[] {
  const simulator = new HistorySimulator(reference, options);
  for (const event of options.after ?? []) simulator.remember(event);
  const pending: PlannedFact[] = [];
  const events: DomainEvent[] = [];
  for (let quarters = 1; events.length < options.count && quarters <= 400; quarters += 1) {
    pending.push(...simulator.nextQuarter());
    pending.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const nextQuarterStart = Date.UTC(options.fromYear, quarters * 3, 1);
    if (options.untilMs !== undefined && nextQuarterStart - 90 * DAY_MS > options.untilMs) break;
    for (
      let next = pending[0];
      next &&
      Date.parse(next.at) < Math.min(nextQuarterStart, options.untilMs ?? Infinity) &&
      events.length < options.count;
      next = pending[0]
    ) {
      pending.shift();
      events.push(...simulator.record(next));
    }
  }
  return events.slice(0, options.count);
}
