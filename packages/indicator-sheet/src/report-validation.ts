import {
  decide,
  missingCommentMessage,
  parseCommand,
  periodLabel,
  rolesOfCci,
  type ReferenceData,
} from '@cci/domain';

import { readFrenchNumber } from './french-number.js';
import { readPeriodText } from './period-text.js';
import {
  REPORT_COLUMNS,
  type ReportColumn,
  type ReportSheet,
  type RowProblem,
  type SheetRow,
} from './report-sheet.js';

/** The body of a ReportIndicator command, as the ingest API takes it. */
export type ReportBody = {
  cciId: string;
  indicatorId: string;
  period: string;
  value: number;
  unitId: string;
  comment: string | null;
  /** The version of the declaration the client read, when it read one. */
  expectedVersion?: number;
};

/** A row that passed every check, with the idempotency key it is sent under. */
export type ReadyReport = { line: number; idempotencyKey: string; body: ReportBody };

export type ReportValidation = { ready: ReadyReport[]; problems: RowProblem[] };

/** What a client read of a declaration: its version, the previous period's value, the year's target. */
export type SeenDeclaration = {
  version: number;
  previous: { period: string; value: number } | null;
  yearTarget: number | null;
};

export type ValidationContext = {
  cciId: string;
  reference: ReferenceData;
  now: Date;
  /**
   * Each declaration as the client last read it (a page that shows the figures knows it; the command
   * line does not; undefined for one it did not read). Given, its row names the version as
   * `expectedVersion`, its key includes it, and the comment rule is checked before anything is sent.
   */
  seen?: (indicatorId: string, period: string) => SeenDeclaration | undefined;
};

/** The command fields and the sheet columns they come from, to say which column a schema issue is about. */
const COLUMN_OF_FIELD: Record<string, Exclude<ReportColumn, 'label'>> = {
  cciId: 'cci',
  indicatorId: 'indicator',
  period: 'period',
  value: 'value',
  unitId: 'unit',
  comment: 'comment',
};

/**
 * Derived from the row's content, so that sending the same file again is recognised by the API
 * (`replayed`, nothing appended) while a row whose value or comment changed gets a new key and
 * records a correction. The values are the parsed ones: "12,50" and "12,5" are the same row. With the
 * version the client read, a row set back to an earlier value gets a new key too: the declaration has
 * moved on since that value was first sent, so it is a new declaration, not a replay.
 */
export async function reportIdempotencyKey(body: ReportBody): Promise<string> {
  const content = JSON.stringify([
    body.cciId,
    body.indicatorId,
    body.period,
    body.value,
    body.unitId,
    body.comment,
    ...(body.expectedVersion === undefined ? [] : [body.expectedVersion]),
  ]);
  // Web Crypto, which Node and browsers share: the dashboard's upload computes the same keys.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `cci-import-${hex}`;
}

/** Identifiers are lowercase; LibreOffice capitalises the first letter of a typed cell by default. */
function identifierCell(text: string): string {
  return text.trim().toLowerCase();
}

function emptyColumn(column: Exclude<ReportColumn, 'label'>): string {
  return `la colonne ${REPORT_COLUMNS[column]} est vide.`;
}

/** "85 %", "1 200 €": a cell formatted with the indicator's unit symbol exports it after the number. */
function withoutUnitSymbol(text: string, symbol: string | undefined): string {
  const trimmed = text.trim();
  return symbol !== undefined && trimmed.endsWith(symbol) ? trimmed.slice(0, -symbol.length) : trimmed;
}

type RowCheck = { ready: Omit<ReadyReport, 'idempotencyKey'> } | { problem: string };

function checkRow(row: SheetRow, context: ValidationContext, firstLines: Map<string, number>): RowCheck {
  const { cells } = row;
  const cciId = identifierCell(cells.cci);
  if (cciId === '') return { problem: emptyColumn('cci') };
  if (cciId !== context.cciId) {
    return {
      problem: `la CCI « ${cells.cci.trim()} » n'est pas celle de l'import (${context.cciId}) : une CCI n'importe que ses propres valeurs.`,
    };
  }
  const indicatorId = identifierCell(cells.indicator);
  if (indicatorId === '') return { problem: emptyColumn('indicator') };
  if (cells.period.trim() === '') return { problem: emptyColumn('period') };
  const period = readPeriodText(cells.period);
  if (period === null) {
    return {
      problem: `la période « ${cells.period.trim()} » est illisible (attendu par exemple 2024-T3, T3 2024 ou 2024).`,
    };
  }
  // Sent together, two rows for one indicator and period would record a value, then correct it.
  const cellKey = `${indicatorId}|${period}`;
  const firstLine = firstLines.get(cellKey);
  if (firstLine !== undefined) {
    return {
      problem: `l'indicateur « ${indicatorId} » pour ${periodLabel(period)} figure déjà ligne ${firstLine}.`,
    };
  }
  firstLines.set(cellKey, row.line);
  const unitId = identifierCell(cells.unit);
  if (unitId === '') return { problem: emptyColumn('unit') };
  if (cells.value.trim() === '') return { problem: 'la valeur est vide.' };
  const number = readFrenchNumber(withoutUnitSymbol(cells.value, context.reference.unit(unitId)?.symbol));
  if ('problem' in number) return { problem: `la valeur « ${cells.value.trim()} » ${number.problem}.` };
  const comment = cells.comment.trim();
  const seen = context.seen?.(indicatorId, period);
  const body: ReportBody = {
    cciId,
    indicatorId,
    period,
    value: number.value,
    unitId,
    comment: comment === '' ? null : comment,
    ...(seen ? { expectedVersion: seen.version } : {}),
  };

  // Checked without the version: the state it names is the API's to compare with.
  const { expectedVersion: _seen, ...content } = body;
  const parsed = parseCommand('ReportIndicator', content);
  if ('issues' in parsed) {
    const [issue] = parsed.issues;
    const column = issue === undefined ? undefined : COLUMN_OF_FIELD[issue.field];
    const where = column === undefined ? '' : `colonne ${REPORT_COLUMNS[column]} : `;
    return { problem: `${where}${issue?.message ?? 'ligne refusée.'}` };
  }
  // The API decides against the current state too; without it (undefined), every rule that does not
  // depend on what is already recorded is checked here: tenancy, catalogue, unit, bounds, period. A
  // closed period is the API's to find.
  const decision = decide(parsed.command, undefined, {
    writer: {
      cciId: context.cciId,
      agent: { kind: 'tool', tool: 'cci-import', operator: null },
      roles: rolesOfCci(context.reference, context.cciId),
    },
    reference: context.reference,
    now: context.now,
    lookup: () => undefined,
  });
  if ('rejection' in decision) return { problem: decision.rejection.message };
  const indicator = context.reference.indicator(indicatorId);
  const uncommented =
    seen && indicator
      ? missingCommentMessage({
          value: body.value,
          comment: body.comment,
          previous: seen.previous,
          yearTarget: seen.yearTarget,
          aggregation: indicator.aggregation,
          frequency: indicator.frequency,
          unitLabel: context.reference.unit(indicator.unitId)?.label ?? indicator.unitId,
        })
      : null;
  if (uncommented !== null) return { problem: `colonne ${REPORT_COLUMNS.comment} : ${uncommented}` };
  return { ready: { line: row.line, body } };
}

/** Checks every row of a sheet; a row is reported with its first problem only, in line order. */
export async function validateReports(
  sheet: Pick<ReportSheet, 'rows' | 'problems'>,
  context: ValidationContext,
): Promise<ReportValidation> {
  const checked: Omit<ReadyReport, 'idempotencyKey'>[] = [];
  const problems: RowProblem[] = [...sheet.problems];
  const firstLines = new Map<string, number>();
  for (const row of sheet.rows) {
    const check = checkRow(row, context, firstLines);
    if ('ready' in check) checked.push(check.ready);
    else problems.push({ line: row.line, message: check.problem });
  }
  problems.sort((a, b) => a.line - b.line);
  const ready = await Promise.all(
    checked.map(async (report) => ({ ...report, idempotencyKey: await reportIdempotencyKey(report.body) })),
  );
  return { ready, problems };
}
