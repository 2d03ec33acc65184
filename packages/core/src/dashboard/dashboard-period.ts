import { addDays, daysBetween, programmeDay } from '../calendar/programme-days.ts';

/** Days of the programme's time zone, both ends included, named by their ISO dates. */
export type DayRange = { from: string; to: string };

/** The days a dashboard compares: the chosen ones, as many just before, and today's date. */
export type DashboardPeriod = {
  current: DayRange;
  previous: DayRange;
  today: string;
};

/** The range the dashboard opens on: the last 30 days, today included. */
export const defaultRange = (now: Date, timeZone: string): DayRange => {
  const today = programmeDay(now, timeZone);
  return { from: addDays(today, -29), to: today };
};

/**
 * The period to show for a chosen range: a range reaching past today stops at today (the future
 * has no figures), and the previous period is the same number of days just before it.
 */
export const dashboardPeriod = (range: DayRange, now: Date, timeZone: string): DashboardPeriod => {
  const today = programmeDay(now, timeZone);
  const to = range.to > today ? today : range.to;
  const from = range.from > to ? to : range.from;
  const length = daysBetween(from, to) + 1;
  return {
    current: { from, to },
    previous: { from: addDays(from, -length), to: addDays(from, -1) },
    today,
  };
};
