import type { components } from '../../api/generated/ingest-api.js';
import type { CampaignReviewView, ReviewedDeclaration } from '../../api/read-api-types.js';

/** A command of the ingest API's batch, and the answer for each. */
export type BatchCommand = components['schemas']['BatchRequest']['commands'][number];
export type ItemResult = components['schemas']['ItemResult'];

/** The ingest API takes at most this many commands in one batch (its `BATCH_MAX_COMMANDS`, 500 by default). */
export const BATCH_MAX_COMMANDS = 500;

/** A declaration the region reviews: which CCI, which indicator, and the declaration it read. */
export type ReviewedRef = { cciId: string; indicatorId: string; declaredVersion: number };

/** How a declaration is named in the page's selection. */
export function declarationKey(ref: { cciId: string; indicatorId: string }): string {
  return `${ref.cciId}/${ref.indicatorId}`;
}

/**
 * What can be validated now: a declaration awaiting review (déclarée), of a CCI whose period is not
 * locked. A renvoyée one waits for its CCI, a validée one is done.
 */
export function canValidate(declaration: ReviewedDeclaration, locked: boolean): boolean {
  return !locked && declaration.state === 'declaree' && declaration.declaredVersion !== null;
}

/**
 * What can be sent back now: a declaration awaiting review, or one validated already (the region may
 * change its mind until it closes the period), of a CCI whose period is not locked.
 */
export function canSendBack(declaration: ReviewedDeclaration, locked: boolean): boolean {
  return (
    !locked &&
    (declaration.state === 'declaree' || declaration.state === 'validee') &&
    declaration.declaredVersion !== null
  );
}

/** Every declaration of the review that can be validated now, in the page's order. */
export function validatableDeclarations(review: CampaignReviewView): ReviewedRef[] {
  return review.ccis.flatMap(({ cci, locked, declarations }) =>
    declarations.flatMap((d) =>
      canValidate(d, locked) && d.declaredVersion !== null
        ? [{ cciId: cci.id, indicatorId: d.indicatorId, declaredVersion: d.declaredVersion }]
        : [],
    ),
  );
}

/**
 * The validations of `refs` as batches the ingest API takes. Each key names the declaration read, so
 * that a validation sent twice (a retry, a second click) is a replay, and a new declaration is a new key.
 */
export function validationBatches(period: string, refs: readonly ReviewedRef[]): BatchCommand[][] {
  const commands: BatchCommand[] = refs.map((ref) => ({
    type: 'ValidateDeclaration',
    body: { ...ref, period: period },
    idempotencyKey: `valider:${ref.cciId}:${ref.indicatorId}:${period}:v${String(ref.declaredVersion)}`,
  }));
  const batches: BatchCommand[][] = [];
  for (let start = 0; start < commands.length; start += BATCH_MAX_COMMANDS)
    batches.push(commands.slice(start, start + BATCH_MAX_COMMANDS));
  return batches;
}

/** A command of a batch the API refused, with its French reason. */
export type Refusal = { ref: ReviewedRef; status: number; code: string | null; message: string };

export type BatchSummary = { done: number; refusals: Refusal[] };

/** What a batch did: how many were validated (or already were), and each refusal with its reason. */
export function summarizeBatch(refs: readonly ReviewedRef[], results: readonly ItemResult[]): BatchSummary {
  const summary: BatchSummary = { done: 0, refusals: [] };
  for (const result of results) {
    const ref = refs[result.index];
    if (!ref) continue;
    if ('problem' in result) {
      summary.refusals.push({
        ref,
        status: result.status,
        code: result.problem.code ?? null,
        message: result.problem.detail,
      });
    } else summary.done += 1;
  }
  return summary;
}
