'use client';

import { DateTime, EmptyState, Money } from '@fidele/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { RedemptionStatus } from '@/components/redemption-status.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';

type Redemption = StaffOutputs['codes']['find']['redemptions'][number];

const column = createColumnHelper<Redemption>();

/** Every use of the code: where, when, on what basket, and whether the order was cancelled. */
export const CodeRedemptions = ({ redemptions }: { redemptions: Redemption[] }) => {
  const t = useTranslations();
  const columns = useMemo(
    () => [
      column.accessor('createdAt', {
        header: t('redemptions.columns.date'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor((r) => r.shop.name, {
        id: 'shop',
        header: t('redemptions.columns.shop'),
        cell: (info) => (
          <span className="flex flex-col">
            <span>{info.getValue()}</span>
            <span className="text-xs text-ink-muted">
              {t(`channels.${info.row.original.channel}`)}
            </span>
          </span>
        ),
      }),
      column.accessor('basketAmount', {
        header: t('redemptions.columns.basket'),
        meta: { align: 'end' },
        cell: (info) => <Money amount={info.getValue()} currency={info.row.original.currency} />,
      }),
      column.accessor('amountOff', {
        header: t('redemptions.columns.amountOff'),
        meta: { align: 'end' },
        cell: (info) => (
          <Money
            amount={info.getValue()}
            currency={info.row.original.currency}
            className="font-semibold"
          />
        ),
      }),
      column.accessor('status', {
        header: t('redemptions.columns.status'),
        cell: (info) => <RedemptionStatus redemption={info.row.original} />,
      }),
    ],
    [t],
  );
  return (
    <DataTable
      caption={t('codes.redemptions.title')}
      columns={columns}
      rows={redemptions}
      rowKey={(row) => row.id}
      empty={
        <EmptyState
          title={t('codes.redemptions.empty')}
          description={t('codes.redemptions.emptyHint')}
        />
      }
    />
  );
};
