import { campaignCom, expectedDeclarations } from '../aggregates/campaign/expected-declarations.js';
import type { DeclarationStatus } from '../aggregates/declaration/declaration.js';
import type { DomainEvent, EventOfType } from '../events/envelope.js';
import { periodsOfTarget, regionOfDeclaration, type ReviewedDeclarationEvent } from './campaign-progress.js';
import { indicatorForCci, laterOf, ProjectionError, type Projection } from './projection.js';

/**
 * The declarations of one indicator for one period of a region's campaign
 * (`indicator-declarations:<regionId>:<period>:<indicatorId>`), one row per CCI: a small, flat
 * document that a regional DSI queries with `mongosh`, MongoDB Compass or a BI connector ("which CCIs
 * have not declared indicator X for 2026-T3"), which is why the projector stores it as plain fields
 * (`packages/read-model-store/READ-MODELS.md`). The campaign's page reads `campaign-progress`; this is
 * the same declarations cut by indicator, current state only.
 *
 * Every expected declaration (each territorial CCI of the region, when the period's COM asks for the
 * indicator at the period's frequency) has its row from the start, *à déclarer*: the document exists
 * as soon as a target of the period's year is set or any CCI declares, and then names every CCI that
 * has not declared. The regional CCI's own declaration gets a row outside what is expected.
 *
 * The rows are flat and hold what such questions filter on and show, not the campaign's whole cell
 * (comments, who declared, the declaration replaced): the local engine's cost of a plain document
 * grows with its number of fields (BENCHMARKS.md, "Plain documents against deflated ones").
 */

export type IndicatorDeclarationRow = {
  cciId: string;
  /** A territorial CCI the campaign asks this indicator of. */
  expected: boolean;
  state: DeclarationStatus;
  /** The latest version of the declaration seen (0: nothing yet; drafts are not seen). */
  version: number;
  value: number | null;
  firstDeclaredAt: string | null;
  declaredAt: string | null;
  /** Declared for the first time after the deadline. */
  late: boolean | null;
  validatedAt: string | null;
  /** The CCI's target for the period's year, and the version of that target. */
  target: number | null;
  targetVersion: number;
};

export type IndicatorPeriodDeclarations = {
  regionId: string;
  period: string;
  indicatorId: string;
  comId: string | null;
  unitId: string;
  deadline: string | null;
  /** Sorted by CCI. */
  declarations: IndicatorDeclarationRow[];
  /** The expected CCIs that have declared nothing yet, sorted. */
  notDeclared: string[];
  counts: {
    expected: number;
    declared: number;
    awaitingValidation: number;
    validated: number;
    sentBack: number;
  };
  lastRecordedAt: string | null;
};

export const indicatorDeclarationsId = (regionId: string, period: string, indicatorId: string) =>
  `indicator-declarations:${regionId}:${period}:${indicatorId}`;

const DECLARATION_EVENTS: ReadonlySet<DomainEvent['type']> = new Set([
  'IndicatorReported',
  'IndicatorReportCorrected',
  'DeclarationValidated',
  'DeclarationSentBack',
]);

const isReviewedDeclaration = (event: DomainEvent): event is ReviewedDeclarationEvent =>
  DECLARATION_EVENTS.has(event.type);

function emptyRow(cciId: string, expected: boolean): IndicatorDeclarationRow {
  return {
    cciId,
    expected,
    state: 'a-declarer',
    version: 0,
    value: null,
    firstDeclaredAt: null,
    declaredAt: null,
    late: null,
    validatedAt: null,
    target: null,
    targetVersion: 0,
  };
}

/** The document with one CCI's row replaced, or added where the order by CCI puts it. */
function withRow(
  doc: IndicatorPeriodDeclarations,
  row: IndicatorDeclarationRow,
  event: DomainEvent,
): IndicatorPeriodDeclarations {
  const rows = doc.declarations;
  let at = 0;
  while (at < rows.length && (rows[at]?.cciId ?? '') < row.cciId) at += 1;
  const replaces = rows[at]?.cciId === row.cciId ? 1 : 0;
  const declarations = [...rows.slice(0, at), row, ...rows.slice(at + replaces)];
  return { ...doc, declarations, lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt) };
}

/** The same rules as the campaign's cell (`campaign-progress.ts`), on the row's fields. */
function evolveRow(
  row: IndicatorDeclarationRow,
  event: ReviewedDeclarationEvent,
  deadline: string | null,
): IndicatorDeclarationRow {
  const version = event.aggregateVersion;
  const at = event.recordedAt;
  switch (event.type) {
    case 'IndicatorReported':
    case 'IndicatorReportCorrected': {
      const firstDeclaredAt = row.firstDeclaredAt ?? at;
      return {
        ...row,
        state: 'declaree',
        version,
        value: event.payload.value,
        firstDeclaredAt,
        declaredAt: at,
        late: deadline === null ? null : Date.parse(firstDeclaredAt) > Date.parse(deadline),
        validatedAt: null,
      };
    }
    case 'DeclarationValidated':
      return { ...row, state: 'validee', version, validatedAt: at };
    case 'DeclarationSentBack':
      return { ...row, state: 'renvoyee', version };
  }
}

function evolveDeclaration(
  doc: IndicatorPeriodDeclarations,
  event: ReviewedDeclarationEvent,
): IndicatorPeriodDeclarations {
  const row =
    doc.declarations.find((r) => r.cciId === event.payload.cciId) ?? emptyRow(event.payload.cciId, false);
  if (event.aggregateVersion <= row.version) return doc;
  return withRow(doc, evolveRow(row, event, doc.deadline), event);
}

function evolveTarget(
  doc: IndicatorPeriodDeclarations,
  event: EventOfType<'IndicatorTargetSet'>,
): IndicatorPeriodDeclarations {
  const row = doc.declarations.find((r) => r.cciId === event.payload.cciId);
  // A target of a CCI that declares nothing here (the regional CCI's is the region's) has no row.
  if (!row || row.targetVersion >= event.aggregateVersion) return doc;
  return withRow(doc, { ...row, target: event.payload.target, targetVersion: event.aggregateVersion }, event);
}

export const indicatorDeclarations: Projection<IndicatorPeriodDeclarations> = {
  name: 'indicator-declarations',
  version: 1,
  handles: [
    'IndicatorReported',
    'IndicatorReportCorrected',
    'DeclarationValidated',
    'DeclarationSentBack',
    'IndicatorTargetSet',
  ],
  documentIds(event, reference) {
    if (isReviewedDeclaration(event)) {
      const { period, indicatorId } = event.payload;
      return [indicatorDeclarationsId(regionOfDeclaration(reference, event), period, indicatorId)];
    }
    if (event.type === 'IndicatorTargetSet') {
      const indicator = indicatorForCci(reference, event.payload.indicatorId, event.payload.cciId);
      return periodsOfTarget(reference, indicator, event.payload.year).map((period) =>
        indicatorDeclarationsId(indicator.regionId, period, indicator.id),
      );
    }
    return [];
  },
  initial(documentId, reference) {
    const [, regionId = '', period = '', indicatorId = ''] = documentId.split(':');
    const indicator = reference.indicator(indicatorId);
    if (!indicator) throw new ProjectionError(`Indicateur inconnu : « ${indicatorId} ».`);
    const campaign = campaignCom(reference, regionId, period);
    const declarations = expectedDeclarations(reference, regionId, period)
      .filter((expected) => expected.indicator.id === indicatorId)
      .map(({ cci }) => emptyRow(cci.id, true));
    return {
      regionId,
      period,
      indicatorId,
      comId: campaign?.com.id ?? null,
      unitId: indicator.unitId,
      deadline: campaign?.deadline ?? null,
      declarations,
      notDeclared: declarations.map((r) => r.cciId),
      counts: {
        expected: declarations.length,
        declared: 0,
        awaitingValidation: 0,
        validated: 0,
        sentBack: 0,
      },
      lastRecordedAt: null,
    };
  },
  evolve(doc, event) {
    if (isReviewedDeclaration(event)) return evolveDeclaration(doc, event);
    if (event.type === 'IndicatorTargetSet') return evolveTarget(doc, event);
    return doc;
  },
  summarize(doc) {
    const expected = doc.declarations.filter((r) => r.expected);
    const declared = expected.filter((r) => r.state !== 'a-declarer');
    return {
      ...doc,
      notDeclared: expected.filter((r) => r.state === 'a-declarer').map((r) => r.cciId),
      counts: {
        expected: expected.length,
        declared: declared.length,
        awaitingValidation: declared.filter((r) => r.state === 'declaree').length,
        validated: declared.filter((r) => r.state === 'validee').length,
        sentBack: declared.filter((r) => r.state === 'renvoyee').length,
      },
    };
  },
};
