import { describe, expect, it } from 'vitest';
import {
  addMonths,
  currentWarning,
  erasureDate,
  retentionBounds,
  retentionSchedule,
} from './retention-rule.ts';

const at = (iso: string) => new Date(iso);

describe('addMonths', () => {
  it('keeps the day and the time, or the month’s last day when it has none', () => {
    expect(addMonths(at('2026-01-15T10:30:00Z'), 36)).toEqual(at('2029-01-15T10:30:00Z'));
    expect(addMonths(at('2026-01-31T08:00:00Z'), 1)).toEqual(at('2026-02-28T08:00:00Z'));
    expect(addMonths(at('2028-03-31T08:00:00Z'), -1)).toEqual(at('2028-02-29T08:00:00Z'));
    expect(addMonths(at('2026-12-07T00:00:00Z'), -35)).toEqual(at('2024-01-07T00:00:00Z'));
  });
});

describe('the retention rule', () => {
  const now = at('2026-12-07T02:30:00Z');

  it('warns contacts older than the retention less a month, erases those older than it', () => {
    expect(retentionBounds(now, 36)).toEqual({
      warnContactsUntil: at('2024-01-07T02:30:00Z'),
      eraseContactsUntil: at('2023-12-07T02:30:00Z'),
      warnedUntil: at('2026-11-07T02:30:00Z'),
    });
  });

  it('erases at the retention’s end, or 30 days after a warning that came late', () => {
    const lastContactAt = at('2024-01-07T09:00:00Z');
    expect(erasureDate(lastContactAt, at('2026-12-07T02:30:00Z'), 36)).toEqual(
      at('2027-01-07T09:00:00Z'),
    );
    // The retention was shortened to 12 months: she still has her 30 days' notice.
    expect(erasureDate(lastContactAt, now, 12)).toEqual(at('2027-01-06T02:30:00Z'));
  });

  it('counts a warning only for the inactivity period it was given in', () => {
    const warned = at('2026-11-01T00:00:00Z');
    expect(
      currentWarning({ lastContactAt: at('2024-01-01T00:00:00Z'), retentionWarnedAt: warned }),
    ).toEqual(warned);
    // She signed in after it: a new period, not warned yet.
    expect(
      currentWarning({ lastContactAt: at('2026-11-20T00:00:00Z'), retentionWarnedAt: warned }),
    ).toBeNull();
    expect(
      currentWarning({ lastContactAt: at('2024-01-01T00:00:00Z'), retentionWarnedAt: null }),
    ).toBeNull();
  });

  it('tells staff when she will be warned and erased if she stays away', () => {
    expect(
      retentionSchedule(
        { lastContactAt: at('2026-06-01T12:00:00Z'), retentionWarnedAt: null },
        36,
        now,
      ),
    ).toEqual({
      warnedAt: null,
      warnOn: at('2029-05-01T12:00:00Z'),
      eraseOn: at('2029-06-01T12:00:00Z'),
    });
    // Overdue (the retention was just shortened): warned at the next run, erased 30 days later.
    expect(
      retentionSchedule(
        { lastContactAt: at('2024-06-01T12:00:00Z'), retentionWarnedAt: null },
        12,
        now,
      ),
    ).toEqual({ warnedAt: null, warnOn: now, eraseOn: at('2027-01-06T02:30:00Z') });
    const warnedAt = at('2026-11-20T02:30:00Z');
    expect(
      retentionSchedule(
        { lastContactAt: at('2023-12-20T12:00:00Z'), retentionWarnedAt: warnedAt },
        36,
        now,
      ),
    ).toEqual({ warnedAt, warnOn: warnedAt, eraseOn: at('2026-12-20T12:00:00Z') });
  });
});
