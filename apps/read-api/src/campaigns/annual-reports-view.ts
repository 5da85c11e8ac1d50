import type { AnnualReportCycle, ReferenceData, Region } from '@cci/domain';

import { regionSummary } from '../views/regional-view.js';
import type { AnnualReportsView } from './campaign-schemas.js';
import { actorView } from './campaign-summary.js';

/** A region's annual cycles, newest year first: the Bureau's review, and each edition exactly as presented. */
export function buildAnnualReports(
  cycles: readonly AnnualReportCycle[],
  region: Region,
  reference: ReferenceData,
): AnnualReportsView {
  const body = (bodyId: string) => ({ id: bodyId, label: reference.governanceBody(bodyId)?.label ?? bodyId });
  return {
    region: regionSummary(region, reference),
    years: [...cycles]
      .filter((cycle) => cycle.regionId === region.id)
      .sort((a, b) => b.year - a.year)
      .map((cycle) => ({
        year: cycle.year,
        review: cycle.review
          ? {
              reviewedOn: cycle.review.reviewedOn,
              body: body(cycle.review.bodyId),
              summary: cycle.review.summary,
              recordedAt: cycle.review.recordedAt,
              recordedBy: actorView(reference, cycle.review),
            }
          : null,
        editions: Object.values(cycle.editions)
          .sort((a, b) => a.edition - b.edition)
          .map((edition) => ({
            edition: edition.edition,
            presentedOn: edition.presentedOn,
            body: body(edition.bodyId),
            deliberation: edition.deliberation,
            snapshot: edition.snapshot,
            recordedAt: edition.recordedAt,
            recordedBy: actorView(reference, edition),
          })),
      })),
  };
}
