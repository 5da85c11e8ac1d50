import { describe, expect, it } from '@jest/globals';

import { expiresAt, renewalIntervalSeconds, sessionVerdict } from './session-lifetime.js';

const DEFAULT = { idleTimeoutSeconds: 30 * 60, maxAgeSeconds: 10 * 60 * 60 };
const start = new Date('2026-12-07T08:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('a session’s lifetime', () => {
  it('holds while used, without recording each use: once a minute at most', () => {
    const times = { createdAt: start, lastSeenAt: start };
    expect(sessionVerdict(times, DEFAULT, at(59))).toBe('valid');
    expect(sessionVerdict(times, DEFAULT, at(60))).toBe('renew');
    expect(renewalIntervalSeconds(DEFAULT)).toBe(60);
  });

  it('ends 30 minutes after its last recorded use', () => {
    const times = { createdAt: start, lastSeenAt: at(600) };
    expect(expiresAt(times, DEFAULT)).toEqual(at(600 + 1800));
    expect(sessionVerdict(times, DEFAULT, at(600 + 1799))).toBe('renew');
    expect(sessionVerdict(times, DEFAULT, at(600 + 1800))).toBe('expired');
  });

  it('ends 10 hours after it began, however much it is used', () => {
    const times = { createdAt: start, lastSeenAt: at(10 * 3600 - 30) };
    expect(expiresAt(times, DEFAULT)).toEqual(at(10 * 3600));
    expect(sessionVerdict(times, DEFAULT, at(10 * 3600))).toBe('expired');
  });

  it('records use often enough for a short timeout to hold while used', () => {
    const short = { idleTimeoutSeconds: 8, maxAgeSeconds: 3600 };
    expect(renewalIntervalSeconds(short)).toBe(2);
    expect(sessionVerdict({ createdAt: start, lastSeenAt: start }, short, at(2))).toBe('renew');
  });
});
