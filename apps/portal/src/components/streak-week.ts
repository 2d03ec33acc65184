import type { GameDetail } from './game-view.ts';

export type Streak = NonNullable<GameDetail['streak']>;
export type CellStatus = Streak['calendar'][number]['status'] | 'ahead';

const WEEK = 7;

/** The next `count` ISO dates after `day`. */
const daysAfter = (day: string, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const next = new Date(`${day}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + index + 1);
    return next.toISOString().slice(0, 10);
  });

/**
 * Seven days around today: the streak's last days, then the days to come up to its next bonus day
 * (when it falls within the week; else the past days fill the week), so she sees both what she has done and what she is heading for.
 */
export const weekOf = (streak: Pick<Streak, 'today' | 'calendar' | 'daysToBonus'>) => {
  const ahead = streak.daysToBonus < WEEK ? streak.daysToBonus : 0;
  const past = streak.calendar.slice(-(WEEK - ahead));
  const bonusDay =
    streak.daysToBonus === 0 ? streak.today : daysAfter(streak.today, streak.daysToBonus).at(-1);
  const future = daysAfter(streak.today, WEEK - past.length).map((day) => ({
    day,
    status: 'ahead' as CellStatus,
  }));
  return [...past, ...future].map((cell) => ({ ...cell, bonus: cell.day === bonusDay }));
};
