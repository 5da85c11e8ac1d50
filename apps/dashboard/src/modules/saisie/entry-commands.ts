import { reportIdempotencyKey, type ReportBody } from '@cci/indicator-sheet';

import { dataOf } from '../../api/api-call.js';
import { ApiProblem, problemOf } from '../../api/api-problem.js';
import type { IngestApi } from '../../api/ingest-api-client.js';

/** One figure of a CCI's period, as the declaration commands name it, with the version the client read. */
export type FigureCommand = ReportBody & { expectedVersion: number };

/** A figure of an uploaded sheet: its version only when the page read that period. */
export type SheetFigure = ReportBody & { idempotencyKey?: string };

/** What a command left: the declaration's version after it (the same when nothing changed). */
export type Sent = { version: number };

function versionAfter(expected: number | undefined, events: readonly { aggregateVersion: number }[]): number {
  return events.reduce((version, event) => Math.max(version, event.aggregateVersion), expected ?? 0);
}

/** Keeps the figure as the CCI's draft, which the region does not see. */
export async function saveDraft(ingestApi: IngestApi, figure: FigureCommand): Promise<Sent> {
  const result = await dataOf(
    'saisie',
    ingestApi.POST('/v1/commands/draft-indicator-value', { body: figure }),
  );
  return { version: versionAfter(figure.expectedVersion, result.events) };
}

/** Declares the figure (a first declaration, or a new one that corrects the declared figure). */
export async function declareFigure(ingestApi: IngestApi, figure: FigureCommand): Promise<Sent> {
  const result = await dataOf(
    'saisie',
    ingestApi.POST('/v1/commands/report-indicator', {
      body: figure,
      params: { header: { 'Idempotency-Key': await reportIdempotencyKey(figure) } },
    }),
  );
  return { version: versionAfter(figure.expectedVersion, result.events) };
}

/** Each figure's outcome in a batch: what was recorded or already known, or the API's refusal. */
export type BatchOutcome =
  { kind: 'recorded' | 'unchanged' | 'replayed'; version: number } | { kind: 'refused'; problem: ApiProblem };

/** The most commands one batch request carries (the ingest API's limit). */
export const BATCH_SIZE = 500;

/**
 * Declares figures through the batch endpoint, `BATCH_SIZE` at a time, each under the key of its
 * content and of the version read (so that resending is safe and a figure set back to an earlier
 * value is a new declaration). `onProgress` hears how many were answered after each batch.
 */
export async function declareFigures(
  ingestApi: IngestApi,
  figures: readonly SheetFigure[],
  onProgress: (answered: number) => void = () => undefined,
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (let start = 0; start < figures.length; start += BATCH_SIZE) {
    const chunk = figures.slice(start, start + BATCH_SIZE);
    const commands = await Promise.all(
      chunk.map(async ({ idempotencyKey, ...figure }) => ({
        type: 'ReportIndicator' as const,
        body: figure,
        idempotencyKey: idempotencyKey ?? (await reportIdempotencyKey(figure)),
      })),
    );
    const { results } = await dataOf('saisie', ingestApi.POST('/v1/commands/batch', { body: { commands } }));
    for (const [index, figure] of chunk.entries()) {
      const result = results.find((r) => r.index === index);
      if (result === undefined || 'problem' in result) {
        outcomes.push({
          kind: 'refused',
          problem: problemOf(
            'saisie',
            result?.status ?? 0,
            result && 'problem' in result ? result.problem : null,
          ),
        });
      } else {
        outcomes.push({
          kind: result.outcome,
          version: versionAfter(figure.expectedVersion, result.events),
        });
      }
    }
    onProgress(outcomes.length);
  }
  return outcomes;
}
