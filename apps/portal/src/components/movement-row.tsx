'use client';

import { classNames, DateTime, Money, Points } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { ChannelIcon } from './channel-icon.tsx';
import { type HistoryMovement, useMovementLabel } from './movement-label.ts';

/** One line of history: what, where, when, ± points and the balance after it. */
export const MovementRow = ({ movement }: { movement: HistoryMovement }) => {
  const t = useTranslations();
  const label = useMovementLabel();
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
        <p className="text-sm text-ink-muted tabular-nums">
          {t('history.balanceAfter', { balance: movement.balanceAfter })}
        </p>
      </div>
    </li>
  );
};
