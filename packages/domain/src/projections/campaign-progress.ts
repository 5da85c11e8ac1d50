import {
  campaignCom,
  campaignPeriods,
  expectedDeclarations,
} from '../aggregates/campaign/expected-declarations.js';
import type { DeclarationStatus } from '../aggregates/declaration/declaration.js';
import type { DomainEvent, EventOfType } from '../events/envelope.js';
import type { CalendarDate } from '../reference/calendar-date.js';
import {
  comparePeriods,
  parsePeriod,
  periodDays,
  periodFrequency,
  periodHasEnded,
} from '../reference/period.js';
import type { Indicator, ReferenceData } from '../reference/reference-data.js';
import { lateDeclarations, type CampaignCounts } from './declaration-figures.js';
import {
  indicatorForCci,
  knownRegion,
  laterOf,
  ProjectionError,
  writable,
  type Projection,
  type WorkingCopies,
} from './projection.js';
import { authorDisplayName } from '../events/author.js';

/**
 * A region's campaign for one period, as the region reviews it and each CCI follows it
 * (`campaign-progress:<regionId>:<period>`): per CCI and indicator, where the declaration stands, its
 * declared value, unit and comment, the declaration it replaced, the region's send-back comment, when
 * and by whom it was declared and validated; each CCI's target for the period's year; the campaign's
 * deadline, its closing (when, by whom, how many declarations were missing), the CCIs it is reopened
 * for, and its closings and reopenings in order; and its counts.
 * Current values only: the declarations' histories belong to the audit model. Drafts never come here.
 * The previous period's values are its own campaign's (`previousPeriodValue`): a declaration writes
 * its period's document alone, whatever order the partitions deliver declarations of two periods in.
 *
 * Every expected declaration (territorial CCI × indicator of the period's frequency) has a cell from
 * the start, *à déclarer*; a declaration of the regional CCI itself gets a cell too, outside the counts.
 * Whether the campaign is open yet and how many declarations are late depend on the clock:
 * `campaignStatusAt`.
 */

export type Actor = { cciId: string; person: string | null };

export type CampaignDeclaration = {
  state: DeclarationStatus;
  /** The latest version of the declaration this model saw (0: nothing yet; drafts are not seen). */
  version: number;
  /** The version of the declaration in force: what `ValidateDeclaration` and `SendBackDeclaration` name. */
  declaredVersion: number | null;
  value: number | null;
  unitId: string;
  comment: string | null;
  sentBackComment: string | null;
  firstDeclaredAt: string | null;
  declaredAt: string | null;
  declaredBy: Actor | null;
  /** Declared for the first time after the deadline. */
  late: boolean | null;
  validatedAt: string | null;
  validatedBy: Actor | null;
  sentBackAt: string | null;
  sentBackBy: Actor | null;
  /** The declaration the one in force replaced (null for a first declaration): what changed since. */
  previousDeclaration: { version: number; value: number; comment: string | null; declaredAt: string } | null;
};

export type CampaignClosing = {
  closedAt: string;
  closedBy: Actor;
  expected: number;
  validated: number;
  missing: number;
  notDeclared: number;
  awaitingValidation: number;
  sentBack: number;
};

/** A closing or a reopening of the campaign, as the region recorded it. */
export type CampaignHistoryEntry = {
  version: number;
  kind: 'closed' | 'reopened';
  at: string;
  by: Actor;
  /** The CCI a reopening is for. */
  cciId: string | null;
  reason: string | null;
  /** How many expected declarations were not validated at a closing. */
  missing: number | null;
};

export type CampaignProgress = {
  regionId: string;
  period: string;
  comId: string | null;
  deadline: string | null;
  /** The period's last day: the campaign opens the day after. */
  periodEnd: string;
  /** The campaign aggregate's version this model saw (0 while the region has not closed it). */
  campaignVersion: number;
  closing: CampaignClosing | null;
  /** reopenedFor[cciId]: the CCIs the closed period is reopened for, until the next closing. */
  reopenedFor: Record<string, { reason: string; at: string; by: Actor }>;
  reopenings: number;
  /** The closings and reopenings, in the order recorded. */
  history: CampaignHistoryEntry[];
  /** declarations[cciId][indicatorId] */
  declarations: Record<string, Record<string, CampaignDeclaration>>;
  /** targets[cciId][indicatorId]: the yearly target of the period's year. */
  targets: Record<string, Record<string, { version: number; target: number }>>;
  counts: CampaignCounts;
  lastRecordedAt: string | null;
};

export const campaignProgressId = (regionId: string, period: string) =>
  `campaign-progress:${regionId}:${period}`;

function actorOf(event: DomainEvent): Actor {
  return { cciId: event.recordedBy, person: authorDisplayName(event.author) };
}

function emptyDeclaration(unitId: string): CampaignDeclaration {
  return {
    state: 'a-declarer',
    version: 0,
    declaredVersion: null,
    value: null,
    unitId,
    comment: null,
    sentBackComment: null,
    firstDeclaredAt: null,
    declaredAt: null,
    declaredBy: null,
    late: null,
    validatedAt: null,
    validatedBy: null,
    sentBackAt: null,
    sentBackBy: null,
    previousDeclaration: null,
  };
}

type SeenEvent = EventOfType<
  'IndicatorReported' | 'IndicatorReportCorrected' | 'DeclarationValidated' | 'DeclarationSentBack'
>;

function evolveCell(
  cell: CampaignDeclaration,
  event: SeenEvent,
  deadline: string | null,
): CampaignDeclaration {
  const version = event.aggregateVersion;
  const at = event.recordedAt;
  switch (event.type) {
    case 'IndicatorReported':
    case 'IndicatorReportCorrected': {
      const firstDeclaredAt = cell.firstDeclaredAt ?? at;
      const replaced =
        cell.declaredVersion !== null && cell.value !== null && cell.declaredAt !== null
          ? {
              version: cell.declaredVersion,
              value: cell.value,
              comment: cell.comment,
              declaredAt: cell.declaredAt,
            }
          : null;
      return {
        ...cell,
        previousDeclaration: replaced,
        state: 'declaree',
        version,
        declaredVersion: version,
        value: event.payload.value,
        unitId: event.payload.unitId,
        comment: event.payload.comment,
        sentBackComment: null,
        firstDeclaredAt,
        declaredAt: at,
        declaredBy: actorOf(event),
        late: deadline === null ? null : Date.parse(firstDeclaredAt) > Date.parse(deadline),
        validatedAt: null,
        validatedBy: null,
        sentBackAt: null,
        sentBackBy: null,
      };
    }
    case 'DeclarationValidated':
      return { ...cell, state: 'validee', version, validatedAt: at, validatedBy: actorOf(event) };
    case 'DeclarationSentBack':
      return {
        ...cell,
        state: 'renvoyee',
        version,
        sentBackComment: event.payload.comment,
        sentBackAt: at,
        sentBackBy: actorOf(event),
      };
  }
}

function withCell(
  doc: CampaignProgress,
  cciId: string,
  indicatorId: string,
  cell: CampaignDeclaration,
  event: DomainEvent,
  copies: WorkingCopies | undefined,
): CampaignProgress {
  const next = writable(doc, copies);
  const declarations = (next.declarations = writable(doc.declarations, copies));
  const row = (declarations[cciId] = writable(declarations[cciId] ?? {}, copies));
  row[indicatorId] = cell;
  next.lastRecordedAt = laterOf(doc.lastRecordedAt, event.recordedAt);
  return next;
}

function evolveDeclaration(
  doc: CampaignProgress,
  event: SeenEvent,
  reference: ReferenceData,
  copies: WorkingCopies | undefined,
): CampaignProgress {
  const { cciId, indicatorId } = event.payload;
  const cell =
    doc.declarations[cciId]?.[indicatorId] ??
    emptyDeclaration(indicatorForCci(reference, indicatorId, cciId).unitId);
  if (event.aggregateVersion <= cell.version) return doc;
  return withCell(doc, cciId, indicatorId, evolveCell(cell, event, doc.deadline), event, copies);
}

function evolveCampaign(
  doc: CampaignProgress,
  event: EventOfType<'CampaignClosed' | 'CampaignReopenedForCci'>,
): CampaignProgress {
  if (event.aggregateVersion <= doc.campaignVersion) return doc;
  const entry: CampaignHistoryEntry = {
    version: event.aggregateVersion,
    kind: event.type === 'CampaignClosed' ? 'closed' : 'reopened',
    at: event.recordedAt,
    by: actorOf(event),
    cciId: event.type === 'CampaignReopenedForCci' ? event.payload.cciId : null,
    reason: event.type === 'CampaignReopenedForCci' ? event.payload.reason : null,
    missing: event.type === 'CampaignClosed' ? event.payload.missing : null,
  };
  const moved = {
    ...doc,
    campaignVersion: event.aggregateVersion,
    history: [...doc.history, entry],
    lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
  };
  if (event.type === 'CampaignClosed') {
    const p = event.payload;
    return {
      ...moved,
      closing: {
        closedAt: event.recordedAt,
        closedBy: actorOf(event),
        expected: p.expected,
        validated: p.validated,
        missing: p.missing,
        notDeclared: p.notDeclared,
        awaitingValidation: p.awaitingValidation,
        sentBack: p.sentBack,
      },
      reopenedFor: {},
    };
  }
  return {
    ...moved,
    reopenedFor: {
      ...doc.reopenedFor,
      [event.payload.cciId]: { reason: event.payload.reason, at: event.recordedAt, by: actorOf(event) },
    },
    reopenings: doc.reopenings + 1,
  };
}

function regionOfDeclaration(reference: ReferenceData, event: SeenEvent): string {
  return indicatorForCci(reference, event.payload.indicatorId, event.payload.cciId).regionId;
}

/** The campaigns a yearly target shows in: the periods of its year, at its indicator's frequency. */
function campaignsOfTarget(reference: ReferenceData, indicator: Indicator, year: number): string[] {
  return reference
    .reportingPeriods(indicator.comId)
    .map(({ period }) => period)
    .filter((period) => {
      const parsed = parsePeriod(period);
      return parsed?.year === year && periodFrequency(parsed) === indicator.frequency;
    })
    .map((period) => campaignProgressId(indicator.regionId, period));
}

function evolveTarget(
  doc: CampaignProgress,
  event: EventOfType<'IndicatorTargetSet'>,
  copies: WorkingCopies | undefined,
): CampaignProgress {
  const { cciId, indicatorId, target } = event.payload;
  const row = doc.targets[cciId] ?? {};
  if ((row[indicatorId]?.version ?? 0) >= event.aggregateVersion) return doc;
  const next = writable(doc, copies);
  const targets = (next.targets = writable(doc.targets, copies));
  const cells = (targets[cciId] = writable(row, copies));
  cells[indicatorId] = { version: event.aggregateVersion, target };
  next.lastRecordedAt = laterOf(doc.lastRecordedAt, event.recordedAt);
  return next;
}

export const campaignProgress: Projection<CampaignProgress> = {
  name: 'campaign-progress',
  version: 2,
  handles: [
    'IndicatorReported',
    'IndicatorReportCorrected',
    'DeclarationValidated',
    'DeclarationSentBack',
    'CampaignClosed',
    'CampaignReopenedForCci',
    'IndicatorTargetSet',
  ],
  documentIds(event, reference) {
    switch (event.type) {
      case 'IndicatorReported':
      case 'IndicatorReportCorrected':
      case 'DeclarationValidated':
      case 'DeclarationSentBack':
        return [campaignProgressId(regionOfDeclaration(reference, event), event.payload.period)];
      case 'CampaignClosed':
      case 'CampaignReopenedForCci':
        return [campaignProgressId(knownRegion(reference, event.payload.regionId), event.payload.period)];
      case 'IndicatorTargetSet': {
        const indicator = indicatorForCci(reference, event.payload.indicatorId, event.payload.cciId);
        return campaignsOfTarget(reference, indicator, event.payload.year);
      }
      case 'IndicatorValueDrafted':
      case 'ProcessModeChanged':
      case 'ProcessModeTargetSet':
      case 'ActionPlanned':
      case 'ActionStarted':
      case 'ActionCompleted':
      case 'ActionAbandoned':
      case 'ObjectivesConventionSigned':
      case 'SromAnnualReviewRecorded':
      case 'AnnualReportPresented':
      case 'PersonInvited':
      case 'PersonRolesChanged':
      case 'PersonRemoved':
      case 'NoticePreferencesChanged':
      case 'MachineKeyIssued':
      case 'IndicatorTrajectorySet':
      case 'MachineKeyRevoked':
        return [];
    }
  },
  initial(documentId, reference) {
    const [, regionId = '', period = ''] = documentId.split(':');
    const parsed = parsePeriod(period);
    if (!parsed) throw new ProjectionError(`Période illisible : « ${period} ».`);
    const campaign = campaignCom(reference, regionId, period);
    const declarations: CampaignProgress['declarations'] = {};
    for (const { cci, indicator } of expectedDeclarations(reference, regionId, period)) {
      declarations[cci.id] = { ...declarations[cci.id], [indicator.id]: emptyDeclaration(indicator.unitId) };
    }
    return {
      regionId,
      period,
      comId: campaign?.com.id ?? null,
      deadline: campaign?.deadline ?? null,
      periodEnd: periodDays(parsed).last,
      campaignVersion: 0,
      closing: null,
      reopenedFor: {},
      reopenings: 0,
      history: [],
      declarations,
      targets: {},
      counts: countsOf({}, [], campaign?.deadline ?? null),
      lastRecordedAt: null,
    };
  },
  evolve(doc, event, reference, copies) {
    switch (event.type) {
      case 'IndicatorReported':
      case 'IndicatorReportCorrected':
      case 'DeclarationValidated':
      case 'DeclarationSentBack':
        return evolveDeclaration(doc, event, reference, copies);
      case 'CampaignClosed':
      case 'CampaignReopenedForCci':
        return evolveCampaign(doc, event);
      case 'IndicatorTargetSet':
        return evolveTarget(doc, event, copies);
      case 'IndicatorValueDrafted':
      case 'ProcessModeChanged':
      case 'ProcessModeTargetSet':
      case 'ActionPlanned':
      case 'ActionStarted':
      case 'ActionCompleted':
      case 'ActionAbandoned':
      case 'ObjectivesConventionSigned':
      case 'SromAnnualReviewRecorded':
      case 'AnnualReportPresented':
      case 'PersonInvited':
      case 'PersonRolesChanged':
      case 'PersonRemoved':
      case 'NoticePreferencesChanged':
      case 'MachineKeyIssued':
      case 'IndicatorTrajectorySet':
      case 'MachineKeyRevoked':
        return doc;
    }
  },
  summarize(doc, reference) {
    const expected = expectedDeclarations(reference, doc.regionId, doc.period).map(
      ({ cci, indicator }) => [cci.id, indicator.id] as const,
    );
    return { ...doc, counts: countsOf(doc.declarations, expected, doc.deadline) };
  },
  plainFields: campaignPlainFields,
  plainIndexes: ['fields.period'],
};

/**
 * The campaign in plain fields: its period, COM, deadline and closing, its counts, and per indicator
 * the CCIs that have not declared it. The lists are arrays, the shape MongoDB's tools filter on,
 * though the local engine charges each element of them at every write (BENCHMARKS.md, 6 December
 * 2026, afternoon); a list of those awaiting review would double that, and is left to the read API.
 */
function campaignPlainFields(doc: CampaignProgress, reference: ReferenceData): Record<string, unknown> {
  const notDeclared: Record<string, string[]> = {};
  for (const { cci, indicator } of expectedDeclarations(reference, doc.regionId, doc.period)) {
    const missing = (notDeclared[indicator.id] ??= []);
    if ((doc.declarations[cci.id]?.[indicator.id]?.state ?? 'a-declarer') === 'a-declarer')
      missing.push(cci.id);
  }
  const { deadline: _deadline, ...counts } = doc.counts;
  return {
    period: doc.period,
    comId: doc.comId,
    deadline: doc.deadline,
    closedAt: doc.closing?.closedAt ?? null,
    counts,
    notDeclared,
  };
}

function countsOf(
  declarations: CampaignProgress['declarations'],
  expected: readonly (readonly [string, string])[],
  deadline: string | null,
): CampaignCounts {
  const counts: CampaignCounts = {
    deadline,
    expected: expected.length,
    declared: 0,
    awaitingValidation: 0,
    validated: 0,
    sentBack: 0,
    notDeclared: 0,
    declaredLate: 0,
  };
  for (const [cciId, indicatorId] of expected) {
    const cell = declarations[cciId]?.[indicatorId];
    if (!cell || cell.state === 'a-declarer') {
      counts.notDeclared += 1;
      continue;
    }
    counts.declared += 1;
    if (cell.late === true) counts.declaredLate += 1;
    if (cell.state === 'declaree') counts.awaitingValidation += 1;
    else if (cell.state === 'validee') counts.validated += 1;
    else counts.sentBack += 1;
  }
  return counts;
}

/** Where a campaign stands at an instant: not open before its period ends, then open until the region closes it. */
export type CampaignStatus = 'a-venir' | 'ouverte' | 'cloturee';

/** The campaign's status and its late declarations (still not declared after the deadline) at `nowMs`. */
export function campaignStatusAt(
  doc: {
    periodEnd: string;
    closing: object | null;
    counts: Pick<CampaignCounts, 'deadline' | 'notDeclared'>;
  },
  nowMs: number,
): { status: CampaignStatus; late: number } {
  const opensAt = Date.parse(`${doc.periodEnd}T00:00:00Z`) + 86_400_000;
  const status: CampaignStatus = doc.closing ? 'cloturee' : nowMs < opensAt ? 'a-venir' : 'ouverte';
  return { status, late: lateDeclarations(doc.counts, nowMs) };
}

/** Whether a CCI's figures of the period are locked: the campaign is closed and not reopened for it. */
export function campaignLockedFor(
  doc: Pick<CampaignProgress, 'closing' | 'reopenedFor'>,
  cciId: string,
): boolean {
  return doc.closing !== null && doc.reopenedFor[cciId] === undefined;
}

/** A CCI's share of the campaign's counts: the declarations the campaign expects from it. */
export function cciCampaignCounts(
  doc: CampaignProgress,
  cciId: string,
  reference: ReferenceData,
): CampaignCounts {
  const expected = expectedDeclarations(reference, doc.regionId, doc.period)
    .filter(({ cci }) => cci.id === cciId)
    .map(({ indicator }) => [cciId, indicator.id] as const);
  return countsOf(doc.declarations, expected, doc.deadline);
}

/** The campaign's document, or its empty model when nothing of it was recorded yet. */
export function campaignProgressOrEmpty(
  doc: CampaignProgress | null | undefined,
  regionId: string,
  period: string,
  reference: ReferenceData,
): CampaignProgress {
  return (
    doc ??
    campaignProgress.summarize(
      campaignProgress.initial(campaignProgressId(regionId, period), reference),
      reference,
    )
  );
}

/**
 * The campaigns a region's list shows, newest first: every period of its COMs' calendars that has
 * ended on `day` (open or closed), and a period under way that already has a declaration.
 */
export function listedCampaigns(
  docs: readonly CampaignProgress[],
  regionId: string,
  reference: ReferenceData,
  day: CalendarDate,
): CampaignProgress[] {
  const byPeriod = new Map(docs.filter((d) => d.regionId === regionId).map((d) => [d.period, d]));
  return campaignPeriods(reference, regionId)
    .map((period) => campaignProgressOrEmpty(byPeriod.get(period), regionId, period, reference))
    .filter((doc) => periodHasEnded(doc.period, day) || doc.counts.declared > 0)
    .sort((a, b) => comparePeriods(b.period, a.period));
}

/** Where the campaign's closing stood at an instant: the last closing by then, and the CCIs reopened since. */
export function campaignClosureAsOf(
  doc: Pick<CampaignProgress, 'history'>,
  instantMs: number,
): { version: number; closedAt: string; missing: number; reopenedFor: string[] } | null {
  const known = doc.history.filter((entry) => Date.parse(entry.at) <= instantMs);
  const closingIndex = known.findLastIndex((entry) => entry.kind === 'closed');
  const closing = known[closingIndex];
  if (!closing) return null;
  const after = known.slice(closingIndex + 1);
  return {
    version: known.at(-1)?.version ?? closing.version,
    closedAt: closing.at,
    missing: closing.missing ?? 0,
    reopenedFor: [...new Set(after.flatMap((entry) => (entry.cciId === null ? [] : [entry.cciId])))].sort(),
  };
}

/**
 * The value a CCI declared for the previous period, from that period's campaign (`previous`, null when
 * nothing of it was recorded): its latest declaration, whatever the region made of it.
 */
export function previousPeriodValue(
  previous: Pick<CampaignProgress, 'declarations'> | null,
  cciId: string,
  indicatorId: string,
): number | null {
  const cell = previous?.declarations[cciId]?.[indicatorId];
  return cell && cell.state !== 'a-declarer' ? cell.value : null;
}

/** A CCI's declaration of an indicator in the campaign; à déclarer when the document has none. */
export function campaignDeclaration(
  doc: CampaignProgress,
  cciId: string,
  indicator: Pick<Indicator, 'id' | 'unitId'>,
): CampaignDeclaration {
  return doc.declarations[cciId]?.[indicator.id] ?? emptyDeclaration(indicator.unitId);
}

/** What changed since the declaration the one in force replaced: the value's difference and whether the comment moved. */
export function declarationChange(
  cell: Pick<CampaignDeclaration, 'value' | 'comment' | 'previousDeclaration'>,
): { value: number; comment: boolean } | null {
  const previous = cell.previousDeclaration;
  if (previous === null || cell.value === null) return null;
  return { value: cell.value - previous.value, comment: cell.comment !== previous.comment };
}
