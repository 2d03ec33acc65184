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
import Link from 'next/link';
import { ChannelIcon } from './channel-icon.tsx';
import { type HistoryMovement, useMovementLabel } from './movement-label.ts';
import { movementHref } from './movement-words.ts';

/**
 * One line of history: what it was for (a link to its page, where the portal has one), where,
 * when it happened, ± points and the balance after it. Points still pending
 * did not change the spendable balance yet: instead of a balance, the row says when they will.
 */
export const MovementRow = ({ movement }: { movement: HistoryMovement }) => {
  const t = useTranslations();
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const label = useMovementLabel();
  const pendingUntil = movement.balanceAfter === null ? movement.pendingUntil : null;
  const href = movementHref(movement);
  return (
    <li className="flex items-center gap-3 py-3" data-testid="movement">
      <ChannelIcon channel={movement.channel} />
      <div className="min-w-0 flex-1">
        <p className="font-semibold break-words">
          {href ? (
            <Link href={href} className="underline-offset-2 hover:underline">
              {label(movement)}
            </Link>
          ) : (
            label(movement)
          )}
        </p>
        <p className="text-sm text-ink-muted">
          <DateTime value={movement.occurredAt} format="date" />
          {' · '}
          <span>{t(`channels.${movement.channel}`)}</span>
          {movement.purchase ? (
            <>
              {' · '}
              <Money amount={movement.purchase.amount} currency={movement.purchase.currency} />
            </>
          ) : null}
        </p>
        {movement.otherAccount && movement.sourceType !== 'MERGE_IN' ? (
          <Badge className="mt-1 text-xs" data-testid="movement-former-account">
            {t('history.formerAccount', { account: movement.otherAccount.memberCode })}
          </Badge>
        ) : null}
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
