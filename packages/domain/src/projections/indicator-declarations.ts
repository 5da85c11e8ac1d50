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
 * has not declared. The regional CCI's own figure is not a campaign declaration and has no row.
 *
 * A row holds what such questions filter on and show (where the declaration stands, its value, whether
 * it came late, the CCI's target), not the campaign's whole cell (comments, who declared and reviewed,
 * the declaration replaced): the local engine's cost of writing a plain document grows with its
 * number of fields (BENCHMARKS.md, "6 December 2026: plain documents against deflated ones").
 */

export type IndicatorDeclarationRow = {
  cciId: string;
  state: DeclarationStatus;
  /** The latest version of the declaration seen (0: nothing yet; drafts are not seen). */
  version: number;
  /** The value in force, whatever its review. */
  value: number | null;
  /** When the value in force was declared. */
  declaredAt: string | null;
  /** Declared for the first time after the deadline; null until declared, or without a deadline. */
  late: boolean | null;
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
  /** One row per CCI the campaign expects, sorted by CCI. */
  declarations: IndicatorDeclarationRow[];
  /** The CCIs that have declared nothing yet, sorted. */
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

function emptyRow(cciId: string): IndicatorDeclarationRow {
  return {
    cciId,
    state: 'a-declarer',
    version: 0,
    value: null,
    declaredAt: null,
    late: null,
    target: null,
    targetVersion: 0,
  };
}

/** The document with the row at `index` replaced. */
function withRow(
  doc: IndicatorPeriodDeclarations,
  index: number,
  row: IndicatorDeclarationRow,
  event: DomainEvent,
): IndicatorPeriodDeclarations {
  const declarations = [...doc.declarations];
  declarations[index] = row;
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
    case 'IndicatorReportCorrected':
      return {
        ...row,
        state: 'declaree',
        version,
        value: event.payload.value,
        declaredAt: at,
        // Judged on the first declaration, as the campaign judges it.
        late: row.declaredAt !== null || deadline === null ? row.late : Date.parse(at) > Date.parse(deadline),
      };
    case 'DeclarationValidated':
      return { ...row, state: 'validee', version };
    case 'DeclarationSentBack':
      return { ...row, state: 'renvoyee', version };
  }
}

function evolveDeclaration(
  doc: IndicatorPeriodDeclarations,
  event: ReviewedDeclarationEvent,
): IndicatorPeriodDeclarations {
  const index = doc.declarations.findIndex((r) => r.cciId === event.payload.cciId);
  const row = doc.declarations[index];
  if (!row || event.aggregateVersion <= row.version) return doc;
  return withRow(doc, index, evolveRow(row, event, doc.deadline), event);
}

function evolveTarget(
  doc: IndicatorPeriodDeclarations,
  event: EventOfType<'IndicatorTargetSet'>,
): IndicatorPeriodDeclarations {
  const index = doc.declarations.findIndex((r) => r.cciId === event.payload.cciId);
  const row = doc.declarations[index];
  // The regional CCI's target is the region's: it has no row.
  if (!row || row.targetVersion >= event.aggregateVersion) return doc;
  const targeted = { ...row, target: event.payload.target, targetVersion: event.aggregateVersion };
  return withRow(doc, index, targeted, event);
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
      .map(({ cci }) => emptyRow(cci.id));
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
    const declared = doc.declarations.filter((r) => r.state !== 'a-declarer');
    return {
      ...doc,
      notDeclared: doc.declarations.filter((r) => r.state === 'a-declarer').map((r) => r.cciId),
      counts: {
        expected: doc.declarations.length,
        declared: declared.length,
        awaitingValidation: declared.filter((r) => r.state === 'declaree').length,
        validated: declared.filter((r) => r.state === 'validee').length,
        sentBack: declared.filter((r) => r.state === 'renvoyee').length,
      },
    };
  },
};
