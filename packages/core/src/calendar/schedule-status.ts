/**
 * Where something dated (a game, a contest) stands: before its start, between its dates, after
 * its end, or archived.
 */
export type ScheduleStatus = 'scheduled' | 'running' | 'ended' | 'archived';

export const scheduleStatus = (
  dated: { startsAt: Date; endsAt: Date; archivedAt: Date | null },
  now: Date,
): ScheduleStatus => {
  if (dated.archivedAt) return 'archived';
  if (now < dated.startsAt) return 'scheduled';
  return now < dated.endsAt ? 'running' : 'ended';
};

/** The `where` of the rows in `status` at `now`, for any model with these three columns. */
export const scheduleStatusWhere = (status: ScheduleStatus, now: Date) => {
  switch (status) {
    case 'archived':
      return { archivedAt: { not: null } };
    case 'scheduled':
      return { archivedAt: null, startsAt: { gt: now } };
    case 'running':
      return { archivedAt: null, startsAt: { lte: now }, endsAt: { gt: now } };
    case 'ended':
      return { archivedAt: null, endsAt: { lte: now } };
  }
};
