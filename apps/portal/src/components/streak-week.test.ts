import { describe, expect, it } from 'vitest';
import { weekOf } from './streak-week.ts';

const played = (day: string) => ({ day, status: 'played' as const });

describe("the streak's week", () => {
  it('shows a new streak from today, with its bonus day ahead', () => {
    const week = weekOf({
      today: '2026-12-06',
      calendar: [{ day: '2026-12-06', status: 'open' }],
      daysToBonus: 6,
    });
    expect(week.map((cell) => cell.day)).toEqual([
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
    ]);
    expect(week.map((cell) => cell.status)).toEqual(['open', ...Array(6).fill('ahead')]);
    expect(week.filter((cell) => cell.bonus).map((cell) => cell.day)).toEqual(['2026-12-12']);
  });

  it('keeps the last days of a long streak, a freeze among them, and marks today as the bonus', () => {
    const calendar = [
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ].map(played);
    const week = weekOf({
      today: '2026-12-04',
      calendar: [...calendar, { day: '2026-12-03', status: 'frozen' }, played('2026-12-04')],
      daysToBonus: 0,
    });
    expect(week.map((cell) => cell.day)).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    expect(week.at(-2)).toMatchObject({ status: 'frozen', bonus: false });
    expect(week.at(-1)).toMatchObject({ status: 'played', bonus: true });
  });

  it('shows no bonus day when it is more than a week away', () => {
    const week = weekOf({
      today: '2026-12-06',
      calendar: [played('2026-12-05'), { day: '2026-12-06', status: 'open' }],
      daysToBonus: 12,
    });
    expect(week).toHaveLength(7);
    expect(week.some((cell) => cell.bonus)).toBe(false);
    expect(week[0]).toMatchObject({ day: '2026-12-05', status: 'played' });
  });
});
