import { describe, expect, it } from '@jest/globals';

import { dailyDigestOf } from './daily-digest.js';
import { DEFAULT_QUIET_HOURS } from './delivery-window.js';
import { paris } from './test/fixtures.js';

const digest = (heldAt: number) => {
  const { reasonKey, deliverAt } = dailyDigestOf(heldAt, DEFAULT_QUIET_HOURS);
  return { reasonKey, deliverAt: new Date(deliverAt).toISOString() };
};

describe('when a person’s daily digest goes', () => {
  it('the next morning at 08:00 Paris for what was held during a working day', () => {
    expect(digest(paris('2026-10-06T10:00', 2))).toEqual({
      reasonKey: 'resume-quotidien:2026-10-07',
      deliverAt: '2026-10-07T06:00:00.000Z',
    });
  });

  it('keeps what was held before 08:00 for the next day too, so that the morning’s digest is already gathered', () => {
    expect(digest(paris('2026-10-07T07:30', 2)).reasonKey).toBe('resume-quotidien:2026-10-08');
  });

  it('on Monday for what was held on Friday or over the weekend', () => {
    expect(digest(paris('2026-10-09T15:00', 2)).reasonKey).toBe('resume-quotidien:2026-10-12');
    expect(digest(paris('2026-10-11T21:00', 2)).reasonKey).toBe('resume-quotidien:2026-10-12');
  });

  it('after a public holiday: held on Friday 30 October, Toussaint a Sunday, sent Monday 2 November', () => {
    expect(digest(paris('2026-10-30T16:00', 1))).toEqual({
      reasonKey: 'resume-quotidien:2026-11-02',
      deliverAt: '2026-11-02T07:00:00.000Z',
    });
    expect(digest(paris('2026-11-10T16:00', 1)).reasonKey).toBe('resume-quotidien:2026-11-12');
  });
});
