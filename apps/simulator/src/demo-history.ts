import { seedHistory, type DomainEvent, type ReferenceData } from '@cci/domain';
import { simulateEvents } from '@cci/simulation';

/**
 * The demo's history: the facts of the two source documents, then the network's quarters from
 * `fromYear` up to `now` (targets, reports, corrections, mode changes, actions), decided after the
 * source documents' facts so that versions follow on.
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
  });
  return [...sources, ...simulated];
}
