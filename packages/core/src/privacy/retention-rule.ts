import { DAY_MS } from '../calendar/programme-days.ts';

/**
 * The retention rule (GDPR storage limitation): a customer's personal data is erased
 * `retentionMonths` after her last contact (`Customer.lastContactAt`), once she was warned at
 * least `NOTICE_DAYS` before; the warning goes out a month before the erasure is due. A contact
 * after the warning starts a new period: the warning of the one before no longer counts.
 */
export const NOTICE_DAYS = 30;

/** `at` moved by `months` calendar months in UTC, kept within the month (31 Jan + 1 = 28 Feb). */
export const addMonths = (at: Date, months: number): Date => {
  const moved = new Date(at);
  moved.setUTCDate(1);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth() + 1, 0));
  moved.setUTCDate(Math.min(at.getUTCDate(), lastDay.getUTCDate()));
  return moved;
};

/** What the job does at `now`: a last contact at or before each bound is warned, or erased. */
export const retentionBounds = (now: Date, retentionMonths: number) => ({
  warnContactsUntil: addMonths(now, -(retentionMonths - 1)),
  eraseContactsUntil: addMonths(now, -retentionMonths),
  /** A warning counts for the erasure once it is this old. */
  warnedUntil: new Date(now.getTime() - NOTICE_DAYS * DAY_MS),
});

/**
 * The day her data is erased, the warning given at `warnedAt`: her retention's end, or the end
 * of the notice when the warning came late (the retention was shortened, the job was stopped).
 */
export const erasureDate = (lastContactAt: Date, warnedAt: Date, retentionMonths: number): Date =>
  new Date(
    Math.max(
      addMonths(lastContactAt, retentionMonths).getTime(),
      warnedAt.getTime() + NOTICE_DAYS * DAY_MS,
    ),
  );

/** Her warning for the inactivity period she is in, if she had one. */
export const currentWarning = (customer: {
  lastContactAt: Date;
  retentionWarnedAt: Date | null;
}): Date | null =>
  customer.retentionWarnedAt && customer.retentionWarnedAt >= customer.lastContactAt
    ? customer.retentionWarnedAt
    : null;

/**
 * When she will be warned and erased if she stays away, as seen at `now`: a warning due in the
 * past is given at the job's next run.
 */
export const retentionSchedule = (
  customer: { lastContactAt: Date; retentionWarnedAt: Date | null },
  retentionMonths: number,
  now: Date,
) => {
  const warnedAt = currentWarning(customer);
  const warnOn =
    warnedAt ??
    new Date(
      Math.max(addMonths(customer.lastContactAt, retentionMonths - 1).getTime(), now.getTime()),
    );
  return {
    warnedAt,
    warnOn,
    eraseOn: erasureDate(customer.lastContactAt, warnOn, retentionMonths),
  };
};
