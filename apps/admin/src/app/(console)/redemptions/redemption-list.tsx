'use client';

import { DateTime, EmptyState, Pagination, SelectField, Skeleton } from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { redemptionOutcomeColumns } from '@/components/redemption-columns.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';

type Redemption = StaffOutputs['redemptions']['list']['rows'][number];

const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const column = createColumnHelper<Redemption>();

/** Codes used at the tills and online, newest first, a shop at a time or all; state in the URL. */
export const RedemptionList = () => {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const shopParam = searchParams.get('shop') ?? '';
  const shopId = UUID.test(shopParam) ? shopParam : undefined;
  const page = Math.max(1, Number(searchParams.get('page')) || 1);

  const navigate = (next: { shop?: string; page?: number }) => {
    const params = new URLSearchParams();
    const shop = next.shop ?? shopId;
    if (shop) params.set('shop', shop);
    if ((next.page ?? 1) > 1) params.set('page', String(next.page));
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  const shops = useQuery(trpc.redemptions.shops.queryOptions());
  const list = useQuery({
    ...trpc.redemptions.list.queryOptions({ shopId, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo(
    () => [
      column.accessor('createdAt', {
        header: t('redemptions.columns.date'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor((r) => r.shop.name, { id: 'shop', header: t('redemptions.columns.shop') }),
      column.accessor('channel', {
        header: t('redemptions.columns.channel'),
        cell: (info) => t(`channels.${info.getValue()}`),
      }),
      column.accessor((r) => r.code.formatted, {
        id: 'code',
        header: t('redemptions.columns.code'),
        cell: (info) => (
          <Link
            href={`/codes/${info.row.original.code.code}`}
            className="font-mono whitespace-nowrap text-brand-800 underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor(
        (r) => [r.code.customer.firstName, r.code.customer.lastName].filter(Boolean).join(' '),
        {
          id: 'customer',
          header: t('redemptions.columns.customer'),
          cell: (info) => (
            <Link
              href={`/customers/${info.row.original.code.customer.id}`}
              className="text-brand-800 underline-offset-2 hover:underline"
            >
              {info.getValue()}
            </Link>
          ),
        },
      ),
      ...redemptionOutcomeColumns<Redemption>(t),
    ],
    [t],
  );

  const data = list.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const scope = shops.data;
  const noShop = scope && !scope.all && scope.shops.length === 0;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        {scope ? (
          <SelectField
            label={t('redemptions.shop')}
            value={data?.shopId ?? shopId ?? ''}
            onChange={(event) => navigate({ shop: event.target.value })}
            options={[
              ...(scope.all ? [{ value: '', label: t('redemptions.allShops') }] : []),
              ...scope.shops.map((shop) => ({ value: shop.id, label: shop.name })),
            ]}
            disabled={noShop}
            className="w-64"
          />
        ) : (
          <Skeleton className="h-[4.5rem] w-64" />
        )}
        {scope && !scope.all && !noShop ? (
          <p className="pb-3 text-sm text-ink-muted">{t('redemptions.ownShopsOnly')}</p>
        ) : null}
      </div>

      {list.error ? <QueryError error={list.error} onRetry={() => list.refetch()} /> : null}

      {noShop ? (
        <EmptyState
          title={t('redemptions.noShop.title')}
          description={t('redemptions.noShop.description')}
        />
      ) : (
        <DataTable
          caption={t('redemptions.title')}
          columns={columns}
          rows={list.error ? [] : data?.rows}
          rowKey={(row) => row.id}
          empty={
            list.error ? null : (
              <EmptyState
                title={data?.shopId ? t('redemptions.emptyShop') : t('redemptions.empty.title')}
                description={t('redemptions.empty.description')}
              />
            )
          }
        />
      )}

      {data && data.total > 0 ? (
        <Pagination
          page={page}
          pageCount={pageCount}
          onPageChange={(next) => navigate({ page: next })}
          labels={{
            navigation: t('common.pages'),
            previous: t('common.previous'),
            next: t('common.next'),
            status: t('common.pageStatus', { page, pageCount, total: data.total }),
          }}
        />
      ) : null}
    </div>
  );
};
