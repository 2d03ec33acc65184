/**
 * When a failed delivery is tried again: at once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h
 * after each failure — eight attempts over about 28 hours.
 */
export const RETRY_DELAYS_SECONDS = [
  0,
  5,
  5 * 60,
  30 * 60,
  2 * 3600,
  5 * 3600,
  10 * 3600,
  10 * 3600,
];

/** Seconds to wait after `attemptsMade` attempts all failed; null when the schedule is spent. */
export const retryDelaySeconds = (attemptsMade: number): number | null =>
  attemptsMade >= 1 && attemptsMade < RETRY_DELAYS_SECONDS.length
    ? RETRY_DELAYS_SECONDS[attemptsMade]!
    : null;

/** An endpoint whose attempts have all failed this long is switched off, and its owners told. */
export const FAILING_DAYS_BEFORE_DISABLE = 5;

export const shouldDisableEndpoint = (failingSince: Date | null, now: Date): boolean =>
  failingSince !== null &&
  now.getTime() - failingSince.getTime() >= FAILING_DAYS_BEFORE_DISABLE * 24 * 3600 * 1000;
