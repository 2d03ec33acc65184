import { nextDayStart, programmeDay } from '../calendar/programme-days.ts';

export type PlayAllowance = {
  day: string;
  playsToday: number;
  playsLeft: number;
  /** When the customer may play again, once today's plays are used; null while some are left. */
  nextPlayAt: Date | null;
};

/** What is left of a customer's plays per day at `now`, from the instants of their plays. */
export const playAllowance = (input: {
  playedAt: readonly Date[];
  now: Date;
  playsPerDay: number;
  timeZone: string;
}): PlayAllowance => {
  const day = programmeDay(input.now, input.timeZone);
  const playsToday = input.playedAt.filter((at) => programmeDay(at, input.timeZone) === day).length;
  const playsLeft = Math.max(0, input.playsPerDay - playsToday);
  return {
    day,
    playsToday,
    playsLeft,
    nextPlayAt: playsLeft > 0 ? null : nextDayStart(input.now, input.timeZone),
  };
};
