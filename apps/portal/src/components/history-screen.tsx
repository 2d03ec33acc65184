'use client';

import type { Channel } from '@fidele/db';
import { Button, buttonStyles, Card, EmptyState, Skeleton } from '@fidele/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import { ChannelFilter } from './channel-filter.tsx';
import { HISTORY_PAGE_SIZE } from './history-paging.ts';
import { MovementList } from './movement-list.tsx';
import type { HistoryMovement } from './movement-words.ts';
import { ReceiptPictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';

/** The first page of every channel's movements, as the server read it. */
export type FirstHistoryPage = { items: HistoryMovement[]; nextCursor: string | null };

/**
 * Every movement, newest first, a page at a time, filtered by channel. The first page of all
 * channels comes from the server's render; more pages and other channels are asked for here.
 */
export const HistoryScreen = ({ firstPage }: { firstPage: FirstHistoryPage }) => {
  const t = useTranslations('history');
  const tr = useTranslations('receipts');
  const trpc = useTRPC();
  const [channel, setChannel] = useState<Channel | undefined>();
  const history = useInfiniteQuery(
    trpc.movements.infiniteQueryOptions(
      { channel, limit: HISTORY_PAGE_SIZE },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        initialData: channel === undefined ? { pages: [firstPage], pageParams: [null] } : undefined,
      },
    ),
  );
  const movements = history.data?.pages.flatMap((page) => page.items) ?? [];

  const body = () => {
    if (history.isPending)
      return (
        <div className="flex flex-col gap-3" aria-busy="true">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-14 w-full" />
          ))}
        </div>
      );
    if (history.isError) return <QueryError onRetry={() => history.refetch()} />;
    if (movements.length === 0)
      return channel ? (
        <EmptyState
          title={t('emptyFilteredTitle')}
          description={t('emptyFilteredBody')}
          action={
            <Button variant="secondary" size="sm" onClick={() => setChannel(undefined)}>
              {t('showAll')}
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<ReceiptPictogram />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
        />
      );
    return (
      <>
        <MovementList movements={movements} label={t('title')} />
        {history.hasNextPage ? (
          <Button
            variant="secondary"
            fullWidth
            loading={history.isFetchingNextPage}
            onClick={() => history.fetchNextPage()}
          >
            {t('loadMore')}
          </Button>
        ) : null}
      </>
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-ink-muted">{t('intro')}</p>
        </div>
        <Link href="/receipts/claim" className={buttonStyles({ variant: 'secondary', size: 'sm' })}>
          {tr('link')}
        </Link>
      </div>
      <Card as="div" className="flex flex-col gap-4">
        <div className="sm:max-w-xs">
          <ChannelFilter value={channel} onChange={setChannel} />
        </div>
        {body()}
      </Card>
    </div>
  );
};
