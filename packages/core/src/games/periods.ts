import { addDays, dayStart, programmeDay } from '../calendar/programme-days.ts';

export type PeriodWindow = { startsAt: Date; endsAt: Date };

/**
 * A game's fairness periods: from its start, `periodDays` programme days each (the first ends at
 * the start of a programme day, so the periods of a weekly game run from midnight to midnight in
 * the programme's time zone), the last one ending with the game.
 */
export const periodWindows = (input: {
  startsAt: Date;
  endsAt: Date;
  periodDays: number;
  timeZone: string;
}): PeriodWindow[] => {
  if (!Number.isInteger(input.periodDays) || input.periodDays < 1)
    throw new Error('A period lasts at least one day.');
  const windows: PeriodWindow[] = [];
  let from = input.startsAt;
  while (from < input.endsAt) {
    const next = dayStart(
      addDays(programmeDay(from, input.timeZone), input.periodDays),
      input.timeZone,
    );
    const to = next < input.endsAt ? next : input.endsAt;
    windows.push({ startsAt: from, endsAt: to });
    from = to;
  }
  return windows;
};

/** The period `at` falls in, if any. */
export const periodAt = <P extends PeriodWindow>(periods: readonly P[], at: Date): P | null =>
  periods.find((period) => period.startsAt <= at && at < period.endsAt) ?? null;

/**
 * How many winning moments a paced prize has in a period: its stock spread over the game in
 * proportion to time, by cumulative floors, so the periods' counts add up to the stock exactly.
 */
export const momentsInPeriod = (input: {
  stock: number;
  game: PeriodWindow;
  period: PeriodWindow;
}): number => {
  const start = input.game.startsAt.getTime();
  const span = input.game.endsAt.getTime() - start;
  const upTo = (at: Date) => Math.floor((input.stock * (at.getTime() - start)) / span);
  return upTo(input.period.endsAt) - upTo(input.period.startsAt);
};
