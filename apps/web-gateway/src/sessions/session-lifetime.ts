/** How long sessions live: after inactivity, and in any case. */
export type SessionLimits = { idleTimeoutSeconds: number; maxAgeSeconds: number };

/** The instants a session is judged by. */
export type SessionTimes = { createdAt: Date; lastSeenAt: Date };

/**
 * A session's use is recorded at most once per renewal interval, not at every request: a quarter of
 * the inactivity timeout, and at most a minute. A session therefore ends between 45 and 60 s
 * (30-minute default: 29 and 30 minutes) after its last use, for one write a minute at most.
 */
export function renewalIntervalSeconds(limits: SessionLimits): number {
  return Math.max(1, Math.min(60, Math.floor(limits.idleTimeoutSeconds / 4)));
}

/** When the session ends if it is not used again: its inactivity timeout, capped by its maximum age. */
export function expiresAt(times: SessionTimes, limits: SessionLimits): Date {
  return new Date(
    Math.min(
      times.lastSeenAt.getTime() + limits.idleTimeoutSeconds * 1000,
      times.createdAt.getTime() + limits.maxAgeSeconds * 1000,
    ),
  );
}

export type SessionVerdict = 'valid' | 'renew' | 'expired';

/** Whether a session still holds at `now`, and whether this use must be recorded. */
export function sessionVerdict(times: SessionTimes, limits: SessionLimits, now: Date): SessionVerdict {
  if (now.getTime() >= expiresAt(times, limits).getTime()) return 'expired';
  const sinceSeen = now.getTime() - times.lastSeenAt.getTime();
  return sinceSeen >= renewalIntervalSeconds(limits) * 1000 ? 'renew' : 'valid';
}
