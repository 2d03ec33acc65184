'use client';

import { Badge, Card, classNames, EmptyState, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { ApiKeysPanel } from './api-keys-panel.tsx';
import { CreateShopDialog } from './create-shop-dialog.tsx';
import { WebhookPanel } from './webhook-panel.tsx';

/**
 * Shops on the left; the chosen shop's API keys on the right, and for an e-shop its order webhook
 * (the choice is in the URL).
 */
export const ShopsManager = ({ apiUrl }: { apiUrl: string }) => {
  const t = useTranslations('shops');
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const shops = useQuery(trpc.shops.list.queryOptions());
  const selectedId = searchParams.get('shop') ?? shops.data?.[0]?.id;
  const selected = shops.data?.find((shop) => shop.id === selectedId);
  const select = (id: string) => router.replace(`${pathname}?shop=${id}`, { scroll: false });

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <Card title={t('listTitle')} actions={<CreateShopDialog onCreated={select} />}>
        {shops.error ? (
          <QueryError error={shops.error} onRetry={() => shops.refetch()} />
        ) : !shops.data ? (
          <div className="flex flex-col gap-2">
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} className="h-16 w-full" />
            ))}
          </div>
        ) : shops.data.length === 0 ? (
          <EmptyState title={t('empty.title')} description={t('empty.description')} />
        ) : (
          <ul className="flex flex-col gap-2">
            {shops.data.map((shop) => (
              <li key={shop.id}>
                <button
                  type="button"
                  aria-current={shop.id === selected?.id ? 'true' : undefined}
                  onClick={() => select(shop.id)}
                  className={classNames(
                    'flex w-full flex-col gap-1 rounded-control px-3 py-2 text-left ring-1 ring-inset',
                    shop.id === selected?.id
                      ? 'bg-brand-50 ring-brand-600'
                      : 'ring-border hover:bg-surface-muted',
                  )}
                >
                  <span className="flex items-center justify-between gap-2">
                    <span className="font-semibold">{shop.name}</span>
                    <Badge tone={shop.kind === 'ESHOP' ? 'info' : 'brand'}>
                      {t(`kinds.${shop.kind}`)}
                    </Badge>
                  </span>
                  <span className="text-sm text-ink-muted">
                    {[shop.city, t('activeKeys', { count: shop.activeApiKeys })]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {selected ? (
        <div className="flex min-w-0 flex-col gap-6">
          <ApiKeysPanel shop={selected} />
          {selected.kind === 'ESHOP' ? <WebhookPanel shop={selected} apiUrl={apiUrl} /> : null}
        </div>
      ) : shops.data && shops.data.length > 0 ? (
        <EmptyState title={t('chooseShop')} />
      ) : null}
    </div>
  );
};
