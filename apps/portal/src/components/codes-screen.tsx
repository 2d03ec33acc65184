'use client';

import { buttonStyles, Card, EmptyState, Skeleton, Tabs } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { ActiveCodeCard } from './active-code-card.tsx';
import { CodeHistoryRow } from './code-history-row.tsx';
import { ReceiptPictogram, TicketPictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';

const ActiveCodes = () => {
  const t = useTranslations('codes');
  const trpc = useTRPC();
  const codes = useQuery(trpc.codes.list.queryOptions({ view: 'active' }));
  if (codes.isPending)
    return (
      <div className="grid gap-4 md:grid-cols-2" aria-busy="true">
        {Array.from({ length: 2 }, (_, i) => (
          <Skeleton key={i} className="h-[30rem] w-full rounded-card" />
        ))}
      </div>
    );
  if (codes.isError) return <QueryError onRetry={() => codes.refetch()} />;
  if (codes.data.length === 0)
    return (
      <EmptyState
        icon={<TicketPictogram />}
        title={t('emptyActiveTitle')}
        description={t('emptyActiveBody')}
        action={
          <Link href="/rewards" className={buttonStyles({ size: 'sm' })}>
            {t('emptyActiveAction')}
          </Link>
        }
      />
    );
  return (
    <div className="grid gap-4 md:grid-cols-2 md:items-start">
      {codes.data.map((code) => (
        <ActiveCodeCard key={code.id} code={code} />
      ))}
    </div>
  );
};

const CodeHistory = () => {
  const t = useTranslations('codes');
  const trpc = useTRPC();
  const codes = useQuery(trpc.codes.list.queryOptions({ view: 'history' }));
  if (codes.isPending)
    return (
      <div className="flex flex-col gap-3" aria-busy="true">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-16 w-full" />
        ))}
      </div>
    );
  if (codes.isError) return <QueryError onRetry={() => codes.refetch()} />;
  if (codes.data.length === 0)
    return (
      <EmptyState
        icon={<ReceiptPictogram />}
        title={t('emptyHistoryTitle')}
        description={t('emptyHistoryBody')}
      />
    );
  return (
    <Card as="div">
      <ul className="divide-y divide-border">
        {codes.data.map((code) => (
          <CodeHistoryRow key={code.id} code={code} />
        ))}
      </ul>
    </Card>
  );
};

/** The codes she holds: ready to use, and a second tab for used, expired and cancelled ones. */
export const CodesScreen = () => {
  const t = useTranslations('codes');
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <Tabs
        label={t('tabsLabel')}
        className="sm:max-w-none"
        tabs={[
          { id: 'active', label: t('active'), content: <ActiveCodes /> },
          { id: 'history', label: t('history'), content: <CodeHistory /> },
        ]}
      />
    </div>
  );
};
