import { describe, expect, it } from 'vitest';
import { streakStatus } from './streak.ts';

const PARIS = 'Europe/Paris';
const rules = { pointsPerDay: 10, bonusDay: 7, bonusPoints: 50, maxFreezes: 2 };
const at = (iso: string) => new Date(iso);
const status = (playedAt: string[], now: string, streakRules = rules) =>
  streakStatus({ playedAt: playedAt.map(at), now: at(now), rules: streakRules, timeZone: PARIS });
// Noon in Paris on a day of May 2026 (CEST).
const noon = (day: number) => `2026-05-${String(day).padStart(2, '0')}T10:00:00Z`;

describe('daily streak across the DST changes of Europe/Paris', () => {
  // 23:30 in Paris every evening from 23 to 29 March: 22:30 UTC in CET, 21:30 UTC on the 29th,
  // when Paris is already on CEST.
  const week = [23, 24, 25, 26, 27, 28].map((day) => `2026-03-${day}T22:30:00Z`);
  const sunday = '2026-03-29T21:30:00Z';

  it('pays the day-7 bonus on the 23-hour day; the next play starts at local midnight', () => {
    const played = status([...week, sunday], '2026-03-29T21:45:00Z');
    expect(played).toMatchObject({ today: '2026-03-29', length: 7, playedToday: true });
    expect(played.canPlayToday).toBe(false);
    expect(played.pointsToday).toBe(60);
    expect(played.nextPlayAt?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('counts 00:30 on the Monday as a new day, one UTC hour after the Sunday play', () => {
    const monday = status([...week, sunday], '2026-03-29T22:30:00Z');
    expect(monday).toMatchObject({ today: '2026-03-30', length: 7, canPlayToday: true });
    expect(monday.pointsToday).toBe(10);
    expect(monday.freezesUsed).toBe(0);
  });

  it('counts two plays on the 25-hour day of October as one day', () => {
    const played = status(
      [
        '2026-10-24T12:00:00Z', // 14:00 on Saturday 24
        '2026-10-24T22:05:00Z', // 00:05 CEST on Sunday 25
        '2026-10-25T22:55:00Z', // 23:55 CET on Sunday 25, 24 h 50 min later
        '2026-10-26T22:50:00Z', // 23:50 CET on Monday 26
      ],
      '2026-10-26T22:55:00Z',
    );
    expect(played).toMatchObject({ today: '2026-10-26', length: 3, freezesUsed: 0 });
    expect(played.calendar.map((entry) => entry.day)).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
    ]);
    expect(played.nextPlayAt?.toISOString()).toBe('2026-10-26T23:00:00.000Z');
  });
});

describe('freezes', () => {
  it('bridges up to two missed days in a streak, shown as frozen', () => {
    const played = status([noon(1), noon(2), noon(4), noon(6)], noon(6));
    expect(played).toMatchObject({ length: 4, freezesUsed: 2, freezesLeft: 0 });
    expect(played.calendar).toEqual([
      { day: '2026-05-01', status: 'played' },
      { day: '2026-05-02', status: 'played' },
      { day: '2026-05-03', status: 'frozen' },
      { day: '2026-05-04', status: 'played' },
      { day: '2026-05-05', status: 'frozen' },
      { day: '2026-05-06', status: 'played' },
    ]);
  });

  it('keeps a streak over two missed days in a row until today is played', () => {
    const waiting = status([noon(1)], noon(4));
    expect(waiting).toMatchObject({ length: 1, freezesUsed: 2, canPlayToday: true });
    expect(waiting.calendar.at(-1)).toEqual({ day: '2026-05-04', status: 'open' });
  });

  it('breaks the streak on a third missed day, and a new streak has its freezes again', () => {
    const broken = status([noon(1), noon(2), noon(4), noon(6)], noon(8));
    expect(broken).toMatchObject({ length: 0, freezesUsed: 0, freezesLeft: 2, pointsToday: 10 });
    expect(broken.calendar).toEqual([{ day: '2026-05-08', status: 'open' }]);
    const again = status([noon(1), noon(2), noon(4), noon(6), noon(8), noon(10)], noon(10));
    expect(again).toMatchObject({ length: 2, freezesUsed: 1 });
  });

  it('follows the configured freezes and bonus day', () => {
    const strict = { ...rules, maxFreezes: 0 };
    expect(status([noon(1), noon(3)], noon(3), strict).length).toBe(1);
    const shortCycle = { ...rules, bonusDay: 3 };
    const days = [1, 2, 3, 4, 5].map(noon);
    expect(status(days.slice(0, 3), noon(3), shortCycle).pointsToday).toBe(60);
    expect(status(days, noon(6), shortCycle)).toMatchObject({ pointsToday: 60, daysToBonus: 0 });
    expect(status(days, noon(5), shortCycle)).toMatchObject({ pointsToday: 10, daysToBonus: 1 });
  });
});
