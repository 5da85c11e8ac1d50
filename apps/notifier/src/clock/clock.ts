import { readFileSync } from 'node:fs';

/**
 * The instant the rules take for now. In production, the machine's; in the integration tests and
 * the demos, the one written in `CLOCK_FILE`, so that a campaign's calendar can be played in minutes.
 * Leases and the times of sending stay on the machine's clock: they measure the process, not the
 * calendar.
 */
export type Clock = { now(): number };

export const systemClock: Clock = { now: () => Date.now() };

export function fileClock(file: string): Clock {
  return {
    now() {
      const text = readFileSync(file, 'utf8').trim();
      const instant = Date.parse(text);
      if (Number.isNaN(instant)) throw new Error(`Horloge illisible dans ${file} : « ${text} ».`);
      return instant;
    },
  };
}
