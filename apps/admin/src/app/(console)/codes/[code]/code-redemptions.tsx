'use client';

import { DateTime, EmptyState } from '@fidele/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { redemptionOutcomeColumns } from '@/components/redemption-columns.tsx';
import { shopColumn } from '@/components/shop-column.tsx';
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
      shopColumn<Redemption>(t, t('redemptions.columns.shop')),
      ...redemptionOutcomeColumns<Redemption>(t),
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
