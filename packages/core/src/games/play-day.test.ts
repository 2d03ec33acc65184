import { describe, expect, it } from 'vitest';
import { dayStart, daysBetween, nextDayStart, programmeDay } from '../calendar/programme-days.ts';
import { playAllowance } from './play-day.ts';

const PARIS = 'Europe/Paris';
const at = (iso: string) => new Date(iso);

describe('programme days', () => {
  it('names the day in the programme zone, not in UTC', () => {
    // 23:30 UTC on 28 March is already 29 March in Paris (CET, UTC+1)…
    expect(programmeDay(at('2026-03-28T23:30:00Z'), PARIS)).toBe('2026-03-29');
    // …and 22:30 UTC on 29 March is 30 March there (CEST, UTC+2 since the change that night).
    expect(programmeDay(at('2026-03-29T21:59:59Z'), PARIS)).toBe('2026-03-29');
    expect(programmeDay(at('2026-03-29T22:00:00Z'), PARIS)).toBe('2026-03-30');
    expect(programmeDay(at('2026-10-25T22:59:59Z'), PARIS)).toBe('2026-10-25');
    expect(programmeDay(at('2026-10-25T23:00:00Z'), PARIS)).toBe('2026-10-26');
  });

  it('starts each day at local midnight, across both DST changes', () => {
    expect(dayStart('2026-03-29', PARIS).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(dayStart('2026-03-30', PARIS).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(dayStart('2026-10-25', PARIS).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(dayStart('2026-10-26', PARIS).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('counts calendar days whatever their length', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-25', '2026-10-24')).toBe(-1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('gives the next play at the start of the next programme day', () => {
    // The 23-hour day: next play at midnight CEST.
    expect(nextDayStart(at('2026-03-29T10:00:00Z'), PARIS).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    // The 25-hour day: next play at midnight CET, 25 hours after the day began.
    expect(nextDayStart(at('2026-10-24T22:30:00Z'), PARIS).toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
  });
});

describe('plays per day', () => {
  const now = at('2026-10-25T21:00:00Z'); // 22:00 in Paris on the 25-hour day

  it('counts the plays of the programme day only', () => {
    const allowance = playAllowance({
      // 00:10 CEST and 23:30 CEST the day before: only the first is on 25 October.
      playedAt: [at('2026-10-24T22:10:00Z'), at('2026-10-24T21:30:00Z')],
      now,
      playsPerDay: 2,
      timeZone: PARIS,
    });
    expect(allowance).toEqual({ day: '2026-10-25', playsToday: 1, playsLeft: 1, nextPlayAt: null });
  });

  it('says when the next play is once the day is used up', () => {
    const allowance = playAllowance({
      playedAt: [at('2026-10-24T22:10:00Z'), at('2026-10-25T20:00:00Z')],
      now,
      playsPerDay: 2,
      timeZone: PARIS,
    });
    expect(allowance.playsLeft).toBe(0);
    expect(allowance.nextPlayAt?.toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});
