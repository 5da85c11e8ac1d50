import { z } from 'zod';

import { calendarDate } from '../events/fields.js';

/**
 * The day a view is read "as of" (time travel): a real date, today at the latest. The read API checks
 * its `asOf` parameter with this schema and the dashboard's time-travel form with the same one, so that
 * both refuse the same dates with the same French sentence. `today` is the caller's calendar day in
 * Paris: the domain reads no clock.
 */
export function asOfQuery(today: string) {
  return z
    .object({
      asOf: calendarDate
        .refine((day) => day <= today, {
          message: 'ne peut pas être une date future',
          params: { rule: 'passe' },
        })
        .optional(),
    })
    .strict();
}

export type AsOfQuery = z.output<ReturnType<typeof asOfQuery>>;
