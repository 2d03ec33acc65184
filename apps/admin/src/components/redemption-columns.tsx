'use client';

import { Money } from '@fidele/ui';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import type { useTranslations } from 'next-intl';
import { RedemptionStatus } from './redemption-status.tsx';

type RedemptionOutcome = {
  basketAmount: number;
  amountOff: number;
  currency: string;
  status: 'COMPLETED' | 'ROLLED_BACK';
  rolledBackAt: Date | null;
};

/** The basket, what the code took off and the status: the last columns of every redemption table. */
export const redemptionOutcomeColumns = <Row extends RedemptionOutcome>(
  t: ReturnType<typeof useTranslations>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack types a column list with `any`
): ColumnDef<Row, any>[] => {
  const column = createColumnHelper<Row>();
  return [
    column.accessor((row) => row.basketAmount, {
      id: 'basketAmount',
      header: t('redemptions.columns.basket'),
      meta: { align: 'end' },
      cell: (info) => <Money amount={info.getValue()} currency={info.row.original.currency} />,
    }),
    column.accessor((row) => row.amountOff, {
      id: 'amountOff',
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
    column.accessor((row) => row.status, {
      id: 'status',
      header: t('redemptions.columns.status'),
      cell: (info) => <RedemptionStatus redemption={info.row.original} />,
    }),
  ];
};
