import {
  calendarDateOf,
  MODE_IDS,
  periodHasEnded,
  type Command,
  type DeclarationStatus,
  type ModeId,
  type ReferenceData,
} from '@cci/domain';
import { Random, SEND_BACK_COMMENTS } from '@cci/simulation';

/** What the simulator knows of a SROM cell: enough to send a change the decisions accept. */
export type CellState = { version: number; mode: ModeId | null; target: ModeId | null };

/** What the simulator knows of a declaration: enough for the region to review it, or the CCI to answer a send-back. */
export type KnownDeclaration = {
  state: DeclarationStatus;
  /** The declaration in force, which a review names. */
  declaredVersion: number | null;
  value: number | null;
  unitId: string;
  /** When the region sent it back (ms), if it did. */
  sentBackAt: number | null;
};

/** A campaign's period and status, as the read API lists them. */
export type KnownCampaign = { regionId: string; period: string; status: 'a-venir' | 'ouverte' | 'cloturee' };

/** One request a CCI sends, and whether the platform should accept it. */
export type Submission = {
  kind: 'report' | 'correction' | 'review' | 'answer' | 'mode-change' | 'action' | 'invalid';
  /** The CCI whose key sends it. */
  as: string;
  command: Command;
  expected: 'accepted' | 'rejected';
};

/** The platform's answer: its status, a problem's code, the version the last recorded event gave its aggregate. */
export type Outcome = { status: number; code?: string; version?: number };

/** A region's review of a period, as the read API serves it (`/v1/regions/:regionId/campaigns/:period`). */
export type CampaignReview = {
  campaign: { regionId: string; period: string };
  ccis: {
    cci: { id: string };
    declarations: {
      indicatorId: string;
      state: DeclarationStatus;
      declaredVersion: number | null;
      value: number | null;
      unitId: string;
      sentBackAt: string | null;
    }[];
  }[];
};

export type SromMatrixCells = {
  cells: Record<
    string,
    Record<
      string,
      {
        version: number;
        current: { mode: ModeId } | null;
        milestones: Record<string, { mode: ModeId } | null | undefined>;
      }
    >
  >;
};

const DAY_MS = 86_400_000;
const COMMENTS = [
  'Salon régional organisé ce trimestre',
  'Campagne d’appels sortants',
  'Effectifs réduits pendant les congés',
  'Forte demande liée aux aides régionales',
];
const CORRECTION_REASONS = ['Doublons retirés après contrôle', 'Saisie complétée par une antenne'];
const REVISED_COMMENT = 'Chiffre revu après le renvoi de la région';
/**
 * The live network knows neither the previous periods' values nor the targets the seeded history
 * set, so every figure it declares carries a comment: the decisions refuse a figure that moves far
 * from them without one (`missingCommentMessage`).
 */
const ROUTINE_COMMENT = 'Chiffre issu du suivi d’activité de la CCI';
/** How long a CCI takes to answer a send-back, so that the pages show figures sent back for a while. */
const ANSWER_AFTER_MS = 3 * 60_000;
const ACTION_TITLES = [
  'Mutualiser le support informatique de proximité',
  'Harmoniser les procédures de clôture comptable',
  'Déployer un outil commun de gestion des engagements',
];

type Candidate = { cciId: string; indicatorId: string; unitId: string; period: string };

type ActionStep = { actionId: string; regionId: string; next: 'StartAction' | 'CompleteAction' };

/**
 * The territorial and regional CCIs of the network as they behave day to day: the figures of the
 * quarters due now that are still missing (some CCIs late), provisional figures of the quarter under
 * way declared again, a few corrections, the region validating the declarations of ended quarters or
 * sending a few back with a comment, which the CCI answers a few minutes later with a revised figure,
 * modes moving towards the SROM's 2021 projection, actions planned then completed, and now and then a
 * request the platform must refuse. Nothing is sent about a closed period. Pure: time and chance come
 * in, commands come out; what the platform answers comes back through `settle`, what the read API
 * shows through `know…`.
 */
export class LiveNetwork {
  private readonly random: Random;
  private readonly cells = new Map<string, CellState>();
  private readonly declarations = new Map<string, KnownDeclaration>();
  private readonly sendingBack = new Map<string, number>();
  private readonly closed = new Set<string>();
  private readonly lateReporters: Set<string>;
  private readonly baselines = new Map<string, number>();
  private readonly actions: ActionStep[] = [];
  private actionCounter = 0;

  constructor(
    private readonly reference: ReferenceData,
    options: { seed: number },
  ) {
    this.random = new Random(options.seed);
    const territorial = reference.ccis.filter((c) => c.kind === 'territorial');
    this.lateReporters = new Set(territorial.filter(() => this.random.chance(0.25)).map((c) => c.id));
  }

  /** Replaces what is known of the SROM cells (read from the read API). */
  knowCells(cells: ReadonlyMap<string, CellState>): void {
    for (const [key, cell] of cells) this.cells.set(key, cell);
  }

  static cellKey(cciId: string, macroProcessId: string): string {
    return `${cciId}:${macroProcessId}`;
  }

  static declarationKey(cciId: string, indicatorId: string, period: string): string {
    return `${cciId}|${indicatorId}|${period}`;
  }

  /** Replaces what is known of a period's declarations (the region's review, read from the read API). */
  knowDeclarations(review: CampaignReview): void {
    for (const { cci, declarations } of review.ccis)
      for (const { indicatorId, state, declaredVersion, value, unitId, sentBackAt } of declarations)
        this.declarations.set(LiveNetwork.declarationKey(cci.id, indicatorId, review.campaign.period), {
          state,
          declaredVersion,
          value,
          unitId,
          sentBackAt: sentBackAt === null ? null : Date.parse(sentBackAt),
        });
  }

  /** Takes the campaigns' statuses into account: nothing is sent about a closed period. */
  knowCampaigns(campaigns: readonly KnownCampaign[]): void {
    for (const { regionId, period, status } of campaigns) {
      const key = `${regionId}|${period}`;
      if (status === 'cloturee') this.closed.add(key);
      else this.closed.delete(key);
    }
  }

  private isClosed(cciId: string, period: string): boolean {
    return this.closed.has(`${this.reference.cci(cciId)?.regionId ?? ''}|${period}`);
  }

  /**
   * The cells of a regional SROM matrix, as the read API serves it (and the projection builds it), each
   * with its projection for `targetMilestoneId` (the SROM cycle's in force).
   */
  static cellsOf(matrix: SromMatrixCells, targetMilestoneId: string): Map<string, CellState> {
    const cells = new Map<string, CellState>();
    for (const [macroProcessId, row] of Object.entries(matrix.cells)) {
      for (const [cciId, cell] of Object.entries(row)) {
        cells.set(LiveNetwork.cellKey(cciId, macroProcessId), {
          version: cell.version,
          mode: cell.current?.mode ?? null,
          target: cell.milestones[targetMilestoneId]?.mode ?? null,
        });
      }
    }
    return cells;
  }

  next(now: Date): Submission {
    const roll = this.random.next();
    const submission =
      roll < 0.05
        ? this.invalid(now)
        : roll < 0.15
          ? this.modeChange(now)
          : roll < 0.27
            ? this.actionStep(now)
            : roll < 0.33
              ? this.correction(now)
              : roll < 0.45
                ? this.review(now)
                : roll < 0.49
                  ? this.answer(now)
                  : null;
    // Planning an action is always possible: the fallback when nothing else is.
    return submission ?? this.report(now) ?? this.review(now) ?? this.plan(now);
  }

  /** Takes the platform's answer into account: versions move, a stale cell is forgotten until re-read. */
  settle(submission: Submission, outcome: Outcome): void {
    const { command } = submission;
    const accepted = outcome.status >= 200 && outcome.status < 300;
    if (command.type === 'ChangeProcessMode') {
      const key = LiveNetwork.cellKey(command.cciId, command.macroProcessId);
      const cell = this.cells.get(key);
      if (accepted && cell) this.cells.set(key, { ...cell, version: cell.version + 1, mode: command.to });
      else if (!accepted) this.cells.delete(key);
    }
    this.settleDeclaration(command, outcome, accepted);
    if (command.type === 'PlanAction' && accepted)
      this.actions.push({ actionId: command.actionId, regionId: command.regionId, next: 'StartAction' });
    if (command.type === 'StartAction' && accepted) {
      const step = this.actions.find((a) => a.actionId === command.actionId);
      if (step) step.next = 'CompleteAction';
    }
  }

  private settleDeclaration(command: Command, outcome: Outcome, accepted: boolean): void {
    if (
      command.type !== 'ReportIndicator' &&
      command.type !== 'CorrectIndicatorReport' &&
      command.type !== 'ValidateDeclaration' &&
      command.type !== 'SendBackDeclaration'
    )
      return;
    const key = LiveNetwork.declarationKey(command.cciId, command.indicatorId, command.period);
    const known = this.declarations.get(key);
    if (!accepted) {
      // Declared again meanwhile, or closed: forgotten until the review is read again.
      if (outcome.status === 409) this.declarations.delete(key);
      return;
    }
    if (command.type === 'ReportIndicator' || command.type === 'CorrectIndicatorReport') {
      // "unchanged" records nothing: the declaration in force stays what it was.
      if (outcome.version === undefined) return;
      this.declarations.set(key, {
        state: 'declaree',
        declaredVersion: outcome.version,
        value: command.value,
        unitId: command.unitId,
        sentBackAt: null,
      });
    } else if (known) {
      this.declarations.set(
        key,
        command.type === 'ValidateDeclaration'
          ? { ...known, state: 'validee' }
          : { ...known, state: 'renvoyee', sentBackAt: this.sendingBack.get(key) ?? null },
      );
    }
    this.sendingBack.delete(key);
  }

  private known(...states: DeclarationStatus[]): [string, KnownDeclaration][] {
    return [...this.declarations].filter(([key, d]) => {
      const [cciId = '', , period = ''] = key.split('|');
      return states.includes(d.state) && !this.isClosed(cciId, period);
    });
  }

  /**
   * The region reviews a declaration of an ended quarter awaiting validation: validates it, or now and
   * then sends it back.
   */
  private review(now: Date): Submission | null {
    const today = calendarDateOf(now);
    const awaiting = this.known('declaree').filter(
      ([key, d]) => d.declaredVersion !== null && periodHasEnded(key.split('|')[2] ?? '', today),
    );
    if (awaiting.length === 0) return null;
    const [key, declaration] = this.random.pick(awaiting);
    const [cciId, indicatorId, period] = key.split('|') as [string, string, string];
    const regionId = this.reference.cci(cciId)?.regionId;
    const regional = regionId ? this.reference.regionalCci(regionId) : undefined;
    if (!regional || declaration.declaredVersion === null) return null;
    const of = { cciId, indicatorId, period, declaredVersion: declaration.declaredVersion };
    if (!this.random.chance(0.15))
      return {
        kind: 'review',
        as: regional.id,
        expected: 'accepted',
        command: { type: 'ValidateDeclaration', ...of },
      };
    this.sendingBack.set(key, now.getTime());
    return {
      kind: 'review',
      as: regional.id,
      expected: 'accepted',
      command: { type: 'SendBackDeclaration', ...of, comment: this.random.pick(SEND_BACK_COMMENTS) },
    };
  }

  /** A CCI answers, a few minutes after it, the region's send-back: it declares a revised figure, with a comment. */
  private answer(now: Date): Submission | null {
    const sentBack = this.known('renvoyee').filter(
      ([, d]) => d.sentBackAt === null || now.getTime() - d.sentBackAt >= ANSWER_AFTER_MS,
    );
    if (sentBack.length === 0) return null;
    const [key, { value, unitId }] = this.random.pick(sentBack);
    const [cciId, indicatorId, period] = key.split('|') as [string, string, string];
    if (value === null) return null;
    const change = this.random.integer(1, 5);
    const revised =
      unitId === 'pourcentage' ? Math.min(100, Math.max(0, value - change)) : Math.max(0, value - change);
    return {
      kind: 'answer',
      as: cciId,
      expected: 'accepted',
      command: {
        type: 'ReportIndicator',
        cciId,
        indicatorId,
        period,
        value: revised === value ? value + change : revised,
        unitId,
        comment: REVISED_COMMENT,
      },
    };
  }

  private currentPeriods(comId: string, now: Date): string[] {
    return this.reference
      .reportingPeriods(comId)
      .map((p) => p.period)
      .filter((period) => /-T\d$/.test(period))
      .filter((period) => {
        const year = Number(period.slice(0, 4));
        const quarter = Number(period.slice(-1));
        const start = Date.UTC(year, (quarter - 1) * 3, 1);
        // The quarter under way and the one before it, whose reports are due now.
        return start <= now.getTime() && start > now.getTime() - 200 * DAY_MS;
      });
  }

  private baseline(cciId: string, indicatorId: string, percentage: boolean): number {
    const key = `${cciId}|${indicatorId}`;
    let value = this.baselines.get(key);
    if (value === undefined) {
      value = percentage ? this.random.integer(70, 92) : this.random.integer(20, 400);
      this.baselines.set(key, value);
    }
    return value;
  }

  /** Every figure the CCIs may declare now: each territorial CCI, indicator and quarter due now, outside closed periods. */
  private candidates(now: Date): Candidate[] {
    const candidates: Candidate[] = [];
    for (const com of this.reference.coms) {
      const periods = this.currentPeriods(com.id, now);
      if (periods.length === 0) continue;
      const indicators = this.reference
        .indicatorsOfRegion(com.regionId)
        .filter((i) => i.comId === com.id && i.frequency === 'quarterly');
      for (const cci of this.reference.ccisOfRegion(com.regionId).filter((c) => c.kind === 'territorial'))
        for (const period of periods) {
          if (this.isClosed(cci.id, period)) continue;
          for (const indicator of indicators)
            candidates.push({ cciId: cci.id, indicatorId: indicator.id, unitId: indicator.unitId, period });
        }
    }
    return candidates;
  }

  /**
   * A figure of a quarter due now that the CCI has not declared yet; once all are, a provisional
   * figure of the quarter under way declared again. A late reporter rarely sends.
   */
  private report(now: Date): Submission | null {
    const today = calendarDateOf(now);
    const sending = new Set(
      this.reference.ccis
        .filter((c) => !this.lateReporters.has(c.id) || this.random.chance(0.15))
        .map((c) => c.id),
    );
    const missing: Candidate[] = [];
    const provisional: Candidate[] = [];
    for (const candidate of this.candidates(now)) {
      const known = this.declarations.get(
        LiveNetwork.declarationKey(candidate.cciId, candidate.indicatorId, candidate.period),
      );
      if (!known || known.state === 'a-declarer') {
        if (sending.has(candidate.cciId)) missing.push(candidate);
      } else if (known.state !== 'renvoyee' && !periodHasEnded(candidate.period, today))
        provisional.push(candidate);
    }
    const pool = missing.length > 0 ? missing : provisional;
    if (pool.length === 0) return null;
    const candidate = this.random.pick(pool);
    return {
      kind: 'report',
      as: candidate.cciId,
      expected: 'accepted',
      command: this.reportCommand(candidate),
    };
  }

  /** A figure near the CCI's usual level for the indicator, now and then with a comment of its own. */
  private reportCommand({ cciId, indicatorId, unitId, period }: Candidate): Command {
    const percentage = unitId === 'pourcentage';
    const base = this.baseline(cciId, indicatorId, percentage);
    const noisy = base * (1 + 0.15 * this.random.gaussian());
    const value = percentage
      ? Math.round(Math.min(100, Math.max(0, noisy)) * 10) / 10
      : Math.max(0, Math.round(noisy));
    return {
      type: 'ReportIndicator',
      cciId,
      indicatorId,
      period,
      value,
      unitId,
      comment: this.random.chance(0.15) ? this.random.pick(COMMENTS) : ROUTINE_COMMENT,
    };
  }

  /** A CCI corrects a figure it declared (the region's validation, if any, no longer holds). */
  private correction(now: Date): Submission | null {
    const declared = this.known('declaree', 'validee').filter(([, d]) => d.value !== null);
    if (declared.length === 0) return null;
    const [key, { value, unitId }] = this.random.pick(declared);
    const [cciId, indicatorId, period] = key.split('|') as [string, string, string];
    if (value === null) return null;
    const corrected =
      unitId === 'pourcentage' ? Math.min(100, value + 0.5) : value + this.random.integer(1, 9);
    return {
      kind: 'correction',
      as: cciId,
      expected: 'accepted',
      command: {
        type: 'CorrectIndicatorReport',
        cciId,
        indicatorId,
        period,
        value: corrected === value ? value - 0.5 : corrected,
        unitId,
        comment: ROUTINE_COMMENT,
        reason: this.random.pick(CORRECTION_REASONS),
        occurredAt: now.toISOString(),
      },
    };
  }

  private modeChange(now: Date): Submission | null {
    const behind = [...this.cells.entries()].filter(([, cell]) => cell.target && cell.target !== cell.mode);
    // Mostly the projection being carried out; now and then a decision the SROM did not foresee.
    const unforeseen = this.random.chance(behind.length > 0 ? 0.2 : 0.1);
    const candidates = unforeseen ? [...this.cells.entries()] : behind;
    if (candidates.length === 0) return null;
    const [key, cell] = this.random.pick(candidates);
    const [cciId, macroProcessId] = key.split(':') as [string, string];
    const cci = this.reference.cci(cciId);
    const regional = cci?.regionId ? this.reference.regionalCci(cci.regionId) : undefined;
    if (!regional) return null;
    const to =
      candidates === behind && cell.target
        ? cell.target
        : this.random.pick(MODE_IDS.filter((m) => m !== cell.mode));
    return {
      kind: 'mode-change',
      as: regional.id,
      expected: 'accepted',
      command: {
        type: 'ChangeProcessMode',
        cciId,
        macroProcessId,
        from: cell.mode,
        to,
        delegate: to === 'I' ? { kind: 'ccir', cciId: regional.id } : null,
        effectiveDate: now.toISOString().slice(0, 10),
        rationale:
          cell.target === to ? 'Mise en œuvre de la projection du SROM' : 'Décision du COMEX régional',
        decidedBy: { bodyId: 'comex' },
        expectedVersion: cell.version,
      },
    };
  }

  private actionStep(now: Date): Submission | null {
    const today = now.toISOString().slice(0, 10);
    if (this.actions.length > 0 && this.random.chance(0.6)) {
      const step = this.random.pick(this.actions);
      const regional = this.reference.regionalCci(step.regionId);
      if (!regional) return null;
      if (step.next === 'CompleteAction') this.actions.splice(this.actions.indexOf(step), 1);
      return {
        kind: 'action',
        as: regional.id,
        expected: 'accepted',
        command:
          step.next === 'StartAction'
            ? { type: 'StartAction', actionId: step.actionId, startedOn: today }
            : { type: 'CompleteAction', actionId: step.actionId, completedOn: today },
      };
    }
    return this.plan(now);
  }

  private plan(now: Date): Submission {
    const today = now.toISOString().slice(0, 10);
    const regional = this.random.pick(this.reference.ccis.filter((c) => c.kind === 'regional'));
    const regionId = regional.regionId ?? '';
    const fn = this.random.pick(this.reference.functions);
    this.actionCounter += 1;
    return {
      kind: 'action',
      as: regional.id,
      expected: 'accepted',
      command: {
        type: 'PlanAction',
        actionId: `demo-${regionId}-${now.getTime().toString(36)}-${this.actionCounter}`,
        regionId,
        ownerCciId: regional.id,
        title: this.random.pick(ACTION_TITLES),
        functionId: fn.id,
        macroProcessIds: [this.random.pick(fn.macroProcesses).id],
        axisId: null,
        totem: this.random.chance(0.2),
        plannedOn: today,
        dueOn: new Date(now.getTime() + 180 * DAY_MS).toISOString().slice(0, 10),
        decidedBy: { bodyId: 'bureau-regional' },
      },
    };
  }

  /** A request the platform must refuse: a CCI writing for another, a negative value, an unknown indicator. */
  private invalid(now: Date): Submission | null {
    const candidates = this.candidates(now);
    if (candidates.length === 0) return null;
    const candidate = this.random.pick(candidates);
    const valid = this.reportCommand(candidate);
    if (valid.type !== 'ReportIndicator') return null;
    const cci = this.reference.cci(candidate.cciId);
    const neighbours = this.reference
      .ccisOfRegion(cci?.regionId ?? '')
      .filter((c) => c.kind === 'territorial' && c.id !== candidate.cciId);
    const variant = this.random.integer(0, 2);
    const command =
      variant === 0 && neighbours.length > 0
        ? { ...valid, cciId: this.random.pick(neighbours).id }
        : variant === 1
          ? { ...valid, value: -Math.abs(valid.value) - 1 }
          : { ...valid, indicatorId: 'indicateur-inexistant' };
    return { kind: 'invalid', as: candidate.cciId, expected: 'rejected', command };
  }
}
