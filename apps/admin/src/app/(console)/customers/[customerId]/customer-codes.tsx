'use client';

import { Card, DateTime, EmptyState, inLanguage, Tabs } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { CodeStatusBadge } from '@/components/code-status-badge.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { useDiscountWords } from '@/components/discount-words.ts';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';

type CustomerCode = StaffOutputs['codes']['ofCustomer'][number];
type View = 'active' | 'history';

const column = createColumnHelper<CustomerCode>();

const CodeTable = ({ customerId, view }: { customerId: string; view: View }) => {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const discountWords = useDiscountWords();
  const codes = useQuery(trpc.codes.ofCustomer.queryOptions({ customerId, view }));

  const columns = useMemo(
    () => [
      column.accessor('formatted', {
        header: t('customerCodes.columns.code'),
        cell: (info) => (
          <Link
            href={`/codes/${info.row.original.code}`}
            className="font-mono font-semibold whitespace-nowrap text-brand-800 underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor(
        (code) => (code.name ? inLanguage(locale, code.name.en, code.name.fr) : '—'),
        {
          id: 'reward',
          header: t('customerCodes.columns.reward'),
        },
      ),
      column.accessor('discount', {
        header: t('customerCodes.columns.discount'),
        cell: (info) => {
          const words = discountWords(info.getValue());
          return (
            <span className="flex flex-col">
              <span>{words.what}</span>
              <span className="text-xs text-ink-muted">
                {[words.minBasket, t(`rewardWhere.${info.getValue().channels}`)]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
          );
        },
      }),
      column.accessor((code) => (code.expired ? 'EXPIRED' : code.status), {
        id: 'status',
        header: t('customerCodes.columns.status'),
        cell: (info) => <CodeStatusBadge status={info.getValue()} />,
      }),
      column.accessor(
        (code) => (view === 'active' ? code.validUntil : (code.redeemedAt ?? code.validUntil)),
        {
          id: 'date',
          header: t(
            view === 'active' ? 'customerCodes.columns.until' : 'customerCodes.columns.when',
          ),
          cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
        },
      ),
    ],
    [t, locale, view, discountWords],
  );

  if (codes.error) return <QueryError error={codes.error} onRetry={() => codes.refetch()} />;
  return (
    <DataTable
      caption={t(`customerCodes.${view}`)}
      columns={columns}
      rows={codes.data}
      rowKey={(row) => row.id}
      skeletonRows={2}
      empty={
        <EmptyState
          title={t(view === 'active' ? 'customerCodes.emptyActive' : 'customerCodes.emptyHistory')}
          description={t(
            view === 'active' ? 'customerCodes.emptyActiveHint' : 'customerCodes.emptyHistoryHint',
          )}
        />
      }
    />
  );
};

/** The customer's discount codes: usable now, then used, expired and cancelled ones. */
export const CustomerCodes = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customerCodes');
  return (
    <Card title={t('title')}>
      <Tabs
        label={t('tabs')}
        tabs={(['active', 'history'] as const).map((view) => ({
          id: view,
          label: t(view),
          content: <CodeTable customerId={customerId} view={view} />,
        }))}
      />
    </Card>
  );
};
