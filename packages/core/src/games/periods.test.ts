import { describe, expect, it } from 'vitest';
import { momentsInPeriod, periodAt, periodWindows } from './periods.ts';

const PARIS = 'Europe/Paris';

describe('periodWindows', () => {
  it('cuts a game into periods of programme days, from midnight to midnight after the first', () => {
    const windows = periodWindows({
      startsAt: new Date('2026-03-20T14:00:00Z'),
      endsAt: new Date('2026-04-06T22:00:00Z'),
      periodDays: 7,
      timeZone: PARIS,
    });
    expect(windows.map((w) => [w.startsAt.toISOString(), w.endsAt.toISOString()])).toEqual([
      ['2026-03-20T14:00:00.000Z', '2026-03-26T23:00:00.000Z'],
      // Paris moves to summer time on 29 March: midnight is now 22:00 UTC.
      ['2026-03-26T23:00:00.000Z', '2026-04-02T22:00:00.000Z'],
      ['2026-04-02T22:00:00.000Z', '2026-04-06T22:00:00.000Z'],
    ]);
  });

  it('finds the period an instant falls in, ends excluded', () => {
    const windows = periodWindows({
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: new Date('2026-01-03T00:00:00Z'),
      periodDays: 1,
      timeZone: 'UTC',
    });
    expect(periodAt(windows, new Date('2026-01-02T00:00:00Z'))).toBe(windows[1]);
    expect(periodAt(windows, new Date('2026-01-03T00:00:00Z'))).toBeNull();
  });
});

describe('momentsInPeriod', () => {
  it('spreads a stock over the periods in proportion to time, adding up to it exactly', () => {
    const game = {
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: new Date('2026-01-11T00:00:00Z'),
    };
    const windows = periodWindows({ ...game, periodDays: 3, timeZone: 'UTC' });
    const counts = windows.map((period) => momentsInPeriod({ stock: 7, game, period }));
    expect(counts).toEqual([2, 2, 2, 1]);
    expect(counts.reduce((a, b) => a + b)).toBe(7);
  });
});
