import { seedHistory, type DomainEvent, type ReferenceData } from '@cci/domain';
import { CAMPAIGN_RATES, simulateEvents } from '@cci/simulation';

/**
 * The demo's history: the facts of the two source documents, then the network's quarters from
 * `fromYear` up to `now` (targets, reports, corrections, mode changes, actions, and each period's
 * campaign: the region validates, sends a few declarations back, which the CCIs declare again, and
 * closes the campaign once the next one is open), decided after the source documents' facts so that
 * versions follow on. The latest ended period's campaign is still open: some figures await review,
 * some are sent back, some are missing and late.
 */
export function demoHistory(
  reference: ReferenceData,
  { now, fromYear = 2023, seed = 2026 }: { now: Date; fromYear?: number; seed?: number },
): DomainEvent[] {
  const sources = seedHistory(reference);
  const simulated = simulateEvents(reference, {
    seed,
    fromYear,
    count: Number.POSITIVE_INFINITY,
    untilMs: now.getTime(),
    after: sources,
    campaigns: CAMPAIGN_RATES,
  });
  return [...sources, ...simulated];
}
