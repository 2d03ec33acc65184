'use client';

import {
  Badge,
  classNames,
  DateTime,
  formatDateTime,
  Money,
  Points,
  useFormatSettings,
} from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { ChannelIcon } from './channel-icon.tsx';
import { type HistoryMovement, useMovementLabel } from './movement-label.ts';

/**
 * One line of history: what, where, when, ± points and the balance after it. Points still pending
 * did not change the spendable balance yet: instead of a balance, the row says when they will.
 */
export const MovementRow = ({ movement }: { movement: HistoryMovement }) => {
  const t = useTranslations();
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const label = useMovementLabel();
  const pendingUntil = movement.balanceAfter === null ? movement.pendingUntil : null;
  return (
    <li className="flex items-center gap-3 py-3" data-testid="movement">
      <ChannelIcon channel={movement.channel} />
      <div className="min-w-0 flex-1">
        <p className="font-semibold break-words">{label(movement)}</p>
        <p className="text-sm text-ink-muted">
          <DateTime value={movement.createdAt} format="date" />
          {' · '}
          <span>{t(`channels.${movement.channel}`)}</span>
          {movement.purchase ? (
            <>
              {' · '}
              <Money amount={movement.purchase.amount} currency={movement.purchase.currency} />
            </>
          ) : null}
        </p>
        {pendingUntil ? (
          <Badge className="mt-1 text-xs" data-testid="movement-pending">
            {t('history.pendingUntil', {
              date: formatDateTime(pendingUntil, locale, 'date', timeZone),
            })}
          </Badge>
        ) : null}
      </div>
      <div className="text-right">
        <p
          className={classNames(
            'font-semibold tabular-nums',
            movement.points > 0 ? 'text-success-700' : 'text-ink',
          )}
        >
          <Points value={movement.points} signed />{' '}
          <span className="sr-only">
            {t('common.points', { count: Math.abs(movement.points) })}
          </span>
        </p>
        {movement.balanceAfter === null ? null : (
          <p className="text-sm text-ink-muted tabular-nums">
            {t('history.balanceAfter', { balance: movement.balanceAfter })}
          </p>
        )}
      </div>
    </li>
  );
};
