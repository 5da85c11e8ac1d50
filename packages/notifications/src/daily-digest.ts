import { deliveryTime, workingDayFrom, type QuietHours } from './delivery-window.js';
import { addDays, parisDay, parisInstant } from './paris-time.js';

/**
 * A person's daily digest: the notices of the kinds they chose to get "dans un résumé quotidien" are
 * claimed as any other (reason key + person, once), then held; the next working morning one message
 * lists them all. The digest is itself a claim, `resume-quotidien:<Paris day it goes>` + person, so
 * that it is sent once, leased like any notice.
 */
export const DAILY_DIGEST_KIND = 'resume-quotidien';

/**
 * What the digest's claim records: the day it goes, and, once its sender gathered them, the ids of
 * the held claims it lists (so that a digest sent again after a crash lists the same ones).
 */
export type DailyDigestFacts = { kind: typeof DAILY_DIGEST_KIND; day: string; listed?: string[] };

/**
 * When the digest of a notice held at `heldAtMs` goes: the end of the quiet hours of the next working
 * day (a notice held on Friday goes on Monday morning, one held on the eve of a holiday the morning
 * after it), and the reason key of that digest, which names its day.
 */
export function dailyDigestOf(
  heldAtMs: number,
  quietHours: QuietHours,
): { reasonKey: string; deliverAt: number; facts: DailyDigestFacts } {
  const morning = parisInstant(workingDayFrom(addDays(parisDay(heldAtMs), 1)), 0);
  const deliverAt = deliveryTime(morning, quietHours);
  const day = parisDay(deliverAt);
  return { reasonKey: `${DAILY_DIGEST_KIND}:${day}`, deliverAt, facts: { kind: DAILY_DIGEST_KIND, day } };
}
