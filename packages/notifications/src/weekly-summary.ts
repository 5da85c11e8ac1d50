import {
  cciCampaignCounts,
  expectedDeclarations,
  lateDeclarations,
  type CampaignProgress,
  type ReferenceData,
  type CciDirectory,
} from '@cci/domain';

import { deliveryTime, workingDayFrom, type QuietHours } from './delivery-window.js';
import type { CciProgress, Notice } from './notice.js';
import { addDays, isoWeek, mondayOf, parisDay, parisInstant } from './paris-time.js';
import { noticesTo, recipientsOf } from './recipients.js';

/**
 * The region's weekly summary of a campaign, to its `validation` persons: where each CCI's
 * declarations stand (declared, validated, sent back, late), once per ISO week while the campaign is
 * open. It is due on the week's first working day at the end of the quiet hours (Monday 08:00, or
 * Tuesday after a holiday Monday) and may go until the week ends: a week the service missed entirely
 * is not summarised later, the next week's summary says more.
 *
 * A campaign is summarised from the first week it is open on that morning (one opening on a Thursday
 * waits for the next Monday) until the region closes it. A campaign the read model never recorded a
 * fact of (a calendar older than the platform's use, a first start on an empty database) has nothing
 * to summarise, and gets no summary.
 */
export function weeklySummaryNotices(
  campaign: CampaignProgress,
  directories: readonly CciDirectory[],
  reference: ReferenceData,
  nowMs: number,
  quietHours: QuietHours,
): Notice[] {
  const { regionId, period } = campaign;
  const regional = reference.regionalCci(regionId);
  if (!regional || campaign.closing !== null || campaign.lastRecordedAt === null) return [];
  if (deliveryTime(nowMs, quietHours) !== nowMs) return [];
  const day = parisDay(nowMs);
  const due = deliveryTime(parisInstant(workingDayFrom(mondayOf(day)), 0), quietHours);
  const opens = parisInstant(addDays(campaign.periodEnd, 1), 0);
  if (nowMs < due || due < opens) return [];
  const week = isoWeek(day);
  const ccis = [...new Set(expectedDeclarations(reference, regionId, period).map(({ cci }) => cci.id))]
    .sort()
    .map((cciId): CciProgress => {
      const counts = cciCampaignCounts(campaign, cciId, reference);
      return {
        cciId,
        expected: counts.expected,
        declared: counts.declared,
        validated: counts.validated,
        sentBack: counts.sentBack,
        late: lateDeclarations(counts, nowMs),
      };
    });
  return noticesTo(
    recipientsOf(directories, regional.id, 'synthese-hebdomadaire'),
    `synthese-hebdomadaire:${regionId}:${period}:${week}`,
    { kind: 'synthese-hebdomadaire', regionId, period, week, day, deadline: campaign.deadline, ccis },
    nowMs,
  );
}
