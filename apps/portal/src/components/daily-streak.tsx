'use client';

import { Button, classNames } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { type CellStatus, type Streak, weekOf } from './streak-week.ts';

const cellLook: Record<CellStatus, string> = {
  played: 'bg-brand-600 text-on-brand',
  frozen: 'bg-info-50 text-info-700 ring-1 ring-inset ring-info-700',
  open: 'bg-surface text-ink ring-2 ring-inset ring-brand-600',
  ahead: 'bg-surface-muted text-ink-muted',
};

const cellMark: Record<CellStatus, string> = { played: '✓', frozen: '❄', open: '•', ahead: '' };

const statusKeys = {
  played: 'dayDone',
  frozen: 'dayFrozen',
  open: 'dayOpen',
  ahead: 'dayAhead',
} as const satisfies Record<CellStatus, string>;

export type DailyStreakProps = {
  streak: Streak;
  pending: boolean;
  /** Blocked for another reason than today's check-in being done (e.g. a new member's wait). */
  disabled: boolean;
  onCheckIn: () => void;
};

/** The daily streak: a week's calendar, the freezes, the bonus day, and today's check-in. */
export const DailyStreak = ({ streak, pending, disabled, onCheckIn }: DailyStreakProps) => {
  const t = useTranslations('games.streak');
  const locale = useLocale();
  const dayName = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <div className="flex flex-col gap-4">
      <ol aria-label={t('calendarLabel')} className="grid grid-cols-7 gap-1.5 sm:gap-2">
        {weekOf(streak).map((cell) => (
          <li
            key={cell.day}
            data-testid="streak-day"
            data-status={cell.status}
            className={classNames(
              'flex aspect-square flex-col items-center justify-center rounded-control text-xs font-semibold',
              cellLook[cell.status],
            )}
          >
            <span>{dayName.format(new Date(`${cell.day}T12:00:00Z`))}</span>
            <span aria-hidden="true" className="text-base leading-none">
              {cell.bonus ? '★' : cellMark[cell.status]}
            </span>
            <span className="sr-only">
              {t(statusKeys[cell.status])}
              {cell.bonus ? `, ${t('bonusDay')}` : null}
            </span>
          </li>
        ))}
      </ol>
      <ul className="flex flex-col gap-1 text-sm">
        <li className="text-base font-semibold">{t('length', { count: streak.length })}</li>
        <li>{t('today', { count: streak.pointsToday })}</li>
        <li>{t('toBonus', { count: streak.daysToBonus })}</li>
        <li>
          {t('freezes', { used: streak.freezesUsed, left: streak.freezesLeft })}
          <span className="block text-ink-muted">{t('freezesHint')}</span>
        </li>
      </ul>
      {streak.canPlayToday ? (
        <Button onClick={onCheckIn} loading={pending} disabled={disabled} className="self-start">
          {t('checkIn')}
        </Button>
      ) : (
        <p className="font-semibold">{t('checkedIn')}</p>
      )}
    </div>
  );
};
