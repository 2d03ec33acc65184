import { z } from 'zod';

/** Longest range the dashboard shows at once: a year and a day (a leap year's). */
const MAX_DAYS = 366;

const day = z.iso.date('Must be a date (YYYY-MM-DD)');

/** The dashboard's range of days (programme time zone, both included) and an optional shop. */
export const dashboardInput = z
  .object({ from: day, to: day, shopId: z.uuid().optional() })
  .refine(({ from, to }) => from <= to, {
    path: ['to'],
    message: 'The last day must not be before the first',
  })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 < MAX_DAYS, {
    path: ['from'],
    message: `Choose at most ${MAX_DAYS} days`,
  });

export type DashboardInput = z.infer<typeof dashboardInput>;
