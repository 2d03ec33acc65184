import { addDays, daysBetween, nextDayStart, programmeDay } from '../calendar/programme-days.ts';

export type StreakRules = {
  pointsPerDay: number;
  /** The bonus is paid on each day of the streak that is a multiple of this one (7, 14, …). */
  bonusDay: number;
  bonusPoints: number;
  /** Missed days a streak can bridge in all (a freeze each); a new streak has them all again. */
  maxFreezes: number;
};

export type StreakDayStatus = 'played' | 'frozen' | 'open';

export type StreakStatus = {
  today: string;
  /** Days played in the current streak, today's play included; 0 once the streak is broken. */
  length: number;
  /** Freezes the streak uses, counting the days missed since the last play. */
  freezesUsed: number;
  freezesLeft: number;
  playedToday: boolean;
  canPlayToday: boolean;
  /** What today's play gives, or gave. */
  pointsToday: number;
  /** Days from today's play to the next bonus day (0: today's play gets it). */
  daysToBonus: number;
  /** When the customer may play again, once they played today. */
  nextPlayAt: Date | null;
  /** The current streak's days to today: played, bridged by a freeze, or today still open. */
  calendar: { day: string; status: StreakDayStatus }[];
};

export const streakPoints = (rules: StreakRules, streakDay: number): number =>
  rules.pointsPerDay + (streakDay % rules.bonusDay === 0 ? rules.bonusPoints : 0);

type Streak = { start: string; length: number; frozen: string[] };

/** Extends (or breaks) a streak with a play on `day`, the missed days since its last one frozen. */
const playOn = (streak: Streak | null, last: string | null, day: string, rules: StreakRules) => {
  const missed =
    last === null
      ? []
      : Array.from({ length: daysBetween(last, day) - 1 }, (_, index) => addDays(last, index + 1));
  if (!streak || streak.frozen.length + missed.length > rules.maxFreezes)
    return { start: day, length: 1, frozen: [] };
  return { ...streak, length: streak.length + 1, frozen: [...streak.frozen, ...missed] };
};

/**
 * A customer's daily streak at `now`, from the instants of their plays. Days are programme days,
 * so a play late on a DST change's day and one early the next count as two days, and two plays on
 * a 25-hour day as one.
 */
export const streakStatus = (input: {
  playedAt: readonly Date[];
  now: Date;
  rules: StreakRules;
  timeZone: string;
}): StreakStatus => {
  const { rules, timeZone } = input;
  const today = programmeDay(input.now, timeZone);
  const days = [...new Set(input.playedAt.map((at) => programmeDay(at, timeZone)))]
    .filter((day) => day <= today)
    .sort();
  let streak: Streak | null = null;
  let last: string | null = null;
  for (const day of days) {
    streak = playOn(streak, last, day, rules);
    last = day;
  }
  const playedToday = last === today;
  // Not played yet today: the streak a play now would give, and whether the current one lives on.
  const withToday = playedToday ? streak! : playOn(streak, last, today, rules);
  const alive = playedToday || withToday.length > 1;
  const shown = alive ? withToday : { start: today, length: 1, frozen: [] };
  const frozen = new Set(shown.frozen);
  const calendar = Array.from({ length: daysBetween(shown.start, today) + 1 }, (_, index) => {
    const day = addDays(shown.start, index);
    const status: StreakDayStatus = frozen.has(day)
      ? 'frozen'
      : day === today && !playedToday
        ? 'open'
        : 'played';
    return { day, status };
  });
  return {
    today,
    length: playedToday ? withToday.length : alive ? withToday.length - 1 : 0,
    freezesUsed: shown.frozen.length,
    freezesLeft: rules.maxFreezes - shown.frozen.length,
    playedToday,
    canPlayToday: !playedToday,
    pointsToday: streakPoints(rules, withToday.length),
    daysToBonus: (rules.bonusDay - (withToday.length % rules.bonusDay)) % rules.bonusDay,
    nextPlayAt: playedToday ? nextDayStart(input.now, timeZone) : null,
    calendar,
  };
};
