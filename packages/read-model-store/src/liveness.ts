/**
 * How long any instance of the product (a projector, a rebuild, whoever asked the live projectors to
 * pause, whoever carries out a maintenance request) may give no sign of life before the others count
 * it gone: its status leaves the monitoring view and the freshness of the views, its pause request
 * lapses, its rebuild or request may be taken over. One figure for all, so that "gone" means the same
 * everywhere. Signs of life come every second (projector statuses) to every 5 s (rebuilds): three
 * missed at the slowest. Kafka's own group sessions (`SESSION_TIMEOUT_MS`) are the broker's, shorter.
 */
export const INSTANCE_SILENT_AFTER_MS = 15_000;

/** Whether an instance whose last sign of life was at `lastSign` still counts as alive at `now`. */
export function stillAlive(lastSign: Date | string | null | undefined, now = Date.now()): boolean {
  if (lastSign === null || lastSign === undefined) return false;
  return now - new Date(lastSign).getTime() < INSTANCE_SILENT_AFTER_MS;
}
