'use client';

import {
  Badge,
  Button,
  Card,
  classNames,
  DateTime,
  EmptyState,
  formatDateTime,
  Points,
  useFormatSettings,
} from '@fidele/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { type Channel, ChannelFilter } from './channel-filter.tsx';

type Movement = StaffOutputs['customers']['movements']['items'][number];

const PAGE = 20;
const column = createColumnHelper<Movement>();

/** Every movement, newest first, with the balance after each (it matches the balance above). */
export const CustomerLedger = ({ customerId }: { customerId: string }) => {
  const t = useTranslations();
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const trpc = useTRPC();
  const [channel, setChannel] = useState<Channel | undefined>();
  const movements = useInfiniteQuery(
    trpc.customers.movements.infiniteQueryOptions(
      { customerId, channel, take: PAGE },
      {
        getNextPageParam: (last) => last.nextCursor ?? undefined,
      },
    ),
  );

  const columns = useMemo(
    () => [
      column.accessor('occurredAt', {
        header: t('ledger.date'),
        cell: (info) => (
          <span className="flex flex-col">
            <DateTime value={info.getValue()} className="whitespace-nowrap" />
            {/* A purchase sent late by its till: when it was recorded, too. */}
            {withinADay(info.getValue(), info.row.original.createdAt) ? null : (
              <span className="text-xs whitespace-nowrap text-ink-muted">
                {t('ledger.recorded', {
                  date: formatDateTime(info.row.original.createdAt, locale, 'date', timeZone),
                })}
              </span>
            )}
          </span>
        ),
      }),
      column.accessor('type', {
        header: t('ledger.movement'),
        cell: (info) => (
          <span className="flex flex-col">
            <span>{t(`movementTypes.${info.getValue()}`)}</span>
            <span className="text-xs text-ink-muted">
              {t(`channels.${info.row.original.channel}`)}
            </span>
          </span>
        ),
      }),
      column.accessor((m) => m.customerReason ?? m.reason ?? sourceLabel(t, locale, m), {
        id: 'details',
        header: t('ledger.details'),
        cell: (info) => {
          const { customerReason, reason, otherAccount } = info.row.original;
          if (customerReason === null)
            return (
              <span className="flex flex-col break-words">
                <span>{info.getValue()}</span>
                {otherAccount ? (
                  // Written on an account merged into this one, or moved here from it.
                  <span className="text-xs text-ink-muted">
                    {t('ledger.otherAccount', { account: otherAccount.memberCode })}
                  </span>
                ) : null}
              </span>
            );
          // An adjustment: what the customer reads, and the note only staff see.
          return (
            <span className="flex flex-col break-words">
              <span>{t('ledger.customerReason', { reason: customerReason })}</span>
              {reason ? (
                <span className="text-xs text-ink-muted">
                  {t('ledger.internalNote', { note: reason })}
                </span>
              ) : null}
            </span>
          );
        },
      }),
      column.accessor('points', {
        header: t('ledger.points'),
        meta: { align: 'end' },
        cell: (info) => (
          <Points
            value={info.getValue()}
            signed
            className={classNames(
              'font-semibold',
              info.getValue() > 0 ? 'text-success-700' : 'text-danger-700',
            )}
          />
        ),
      }),
      column.accessor('balanceAfter', {
        header: t('ledger.balance'),
        meta: { align: 'end' },
        cell: (info) => {
          const balance = info.getValue();
          if (balance !== null) return <Points value={balance} />;
          // Only pending points (or a debt) moved: the spendable balance did not change.
          const { pendingUntil } = info.row.original;
          return (
            <span className="inline-flex flex-col items-end gap-0.5">
              <span className="inline-flex items-center gap-2">
                <span aria-hidden="true">—</span>
                <span className="sr-only">{t('ledger.balanceUnchanged')}</span>
                {pendingUntil ? (
                  <Badge tone="info" className="text-xs" data-testid="ledger-pending">
                    {t('ledger.pending')}
                  </Badge>
                ) : null}
              </span>
              {pendingUntil ? (
                <span className="text-xs whitespace-nowrap text-ink-muted">
                  {t('ledger.pendingFrom', {
                    date: formatDateTime(pendingUntil, locale, 'date', timeZone),
                  })}
                </span>
              ) : null}
            </span>
          );
        },
      }),
    ],
    [t, locale, timeZone],
  );

  const rows = movements.data?.pages.flatMap((page) => page.items);

  return (
    <Card
      title={t('ledger.title')}
      actions={<ChannelFilter value={channel} onChange={setChannel} />}
    >
      {movements.error ? (
        <QueryError error={movements.error} onRetry={() => movements.refetch()} />
      ) : (
        <div className="flex flex-col gap-3">
          <DataTable
            caption={t('ledger.title')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
            skeletonRows={4}
            empty={
              <EmptyState
                title={channel ? t('ledger.emptyChannel') : t('ledger.empty')}
                description={t('ledger.emptyHint')}
              />
            }
          />
          {movements.hasNextPage ? (
            <Button
              variant="secondary"
              className="self-center"
              loading={movements.isFetchingNextPage}
              onClick={() => movements.fetchNextPage()}
            >
              {t('common.showMore')}
            </Button>
          ) : null}
        </div>
      )}
    </Card>
  );
};

const withinADay = (a: Date, b: Date) => Math.abs(a.getTime() - b.getTime()) < 86_400_000;

const KNOWN_SOURCES = [
  'PURCHASE',
  'ADJUSTMENT',
  'REFUND',
  'REDEMPTION',
  'DISCOUNT_CODE',
  'GAME_PLAY',
  'CONTEST',
  'CONTEST_PRIZE',
  'INVITATION',
  'REFERRAL_REFERRER',
  'REFERRAL_FRIEND',
  'MERGE_IN',
  'MERGE_OUT',
];

/**
 * Labels for where a movement came from; sources added later read as "Other". A lot's own
 * movements (pending points released, points expired) say which of the two happened.
 */
const sourceKey = ({ sourceType, type }: Pick<Movement, 'sourceType' | 'type'>) => {
  if (sourceType === 'LOT')
    return type === 'RELEASE' || type === 'EXPIRE' ? `LOT_${type}` : 'OTHER';
  return KNOWN_SOURCES.includes(sourceType) ? sourceType : 'OTHER';
};

/**
 * Where the points came from, naming the game or contest when there is one, or the other member
 * of a referral (the friend to the referrer, the referrer to the friend).
 */
const sourceLabel = (
  t: ReturnType<typeof useTranslations>,
  locale: ReturnType<typeof useLocale>,
  movement: Movement,
) => {
  const named = movement.game ?? movement.contest;
  const source = t(`sources.${sourceKey(movement)}`);
  if (movement.referral) return t('ledger.sourceNamed', { source, name: movement.referral.name });
  return named
    ? t('ledger.sourceNamed', { source, name: locale === 'fr' ? named.title.fr : named.title.en })
    : source;
};
