import { describe, expect, it } from 'vitest';
import { retryDelaySeconds, shouldDisableEndpoint } from './retry-schedule.ts';

describe('the retry schedule', () => {
  it('tries at once, then after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, then gives up', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map(retryDelaySeconds);
    expect(delays).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000]);
    expect(retryDelaySeconds(8)).toBeNull();
    expect(retryDelaySeconds(9)).toBeNull();
  });
});

describe('switching a failing endpoint off', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000);

  it('waits for 5 days of nothing but failures', () => {
    expect(shouldDisableEndpoint(null, now)).toBe(false);
    expect(shouldDisableEndpoint(daysAgo(4.99), now)).toBe(false);
    expect(shouldDisableEndpoint(daysAgo(5), now)).toBe(true);
    expect(shouldDisableEndpoint(daysAgo(12), now)).toBe(true);
  });
});
