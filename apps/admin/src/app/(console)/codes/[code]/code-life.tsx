'use client';

import { Card, DateTime, EmptyState, localisedName, Points, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { CodeStatusBadge, type ShownCodeStatus } from '@/components/code-status-badge.tsx';
import { useDiscountWords } from '@/components/discount-words.ts';
import { PageHeader } from '@/components/page-header.tsx';
import { failureCode, QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { CodeSearch } from '../code-search.tsx';
import { CancelCode } from './cancel-code.tsx';
import { CodeCancellationAudit } from './code-cancellation-audit.tsx';
import { CodeRedemptions } from './code-redemptions.tsx';
import { CodeTimeline } from './code-timeline.tsx';

/** One code for support: status, holder, terms, its whole life and its uses; cancel it if allowed. */
export const CodeLife = ({ code }: { code: string }) => {
  const t = useTranslations('codes');
  const tc = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const canCancel = useCan('codes:cancel');
  const canManageRewards = useCan('programme:manage');
  const canReadOffers = useCan('rewards:read');
  const canReadAudit = useCan('audit:read');
  const discountWords = useDiscountWords();
  const life = useQuery(trpc.codes.find.queryOptions({ code }));

  const back = (
    <Link href="/codes" className="font-semibold text-brand-800 hover:underline">
      ← {t('back')}
    </Link>
  );

  if (life.error)
    return (
      <>
        <PageHeader eyebrow={back} title={t('title')} />
        {failureCode(life.error) === 'NOT_FOUND' ? (
          <div className="flex max-w-2xl flex-col gap-6">
            <EmptyState
              title={t('notFound.title', { code })}
              description={t('notFound.description')}
            />
            <Card>
              <CodeSearch defaultValue={code} autoFocus />
            </Card>
          </div>
        ) : (
          <QueryError error={life.error} onRetry={() => life.refetch()} />
        )}
      </>
    );

  const data = life.data;
  if (!data)
    return (
      <>
        <PageHeader eyebrow={back} title={<Skeleton className="h-9 w-80" />} />
        <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
          <Skeleton className="h-80 w-full" />
          <Skeleton className="h-80 w-full" />
        </div>
      </>
    );

  const status: ShownCodeStatus = data.expired ? 'EXPIRED' : data.status;
  const words = discountWords(data.discount);
  const holder = [data.customer.firstName, data.customer.lastName].filter(Boolean).join(' ');
  const rewardName = data.reward && localisedName(data.reward, 'name', locale);
  const offerTitle = data.offer && localisedName(data.offer, 'title', locale);

  return (
    <>
      <PageHeader
        eyebrow={back}
        title={<span className="font-mono tracking-wider break-all">{data.formatted}</span>}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <CodeStatusBadge status={status} data-testid="code-status" data-status={status} />
            <span>{rewardName ?? offerTitle ?? words.what}</span>
          </span>
        }
      />
      <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem] xl:items-start">
        <div className="flex min-w-0 flex-col gap-6">
          <Card title={t('timeline.title')}>
            <CodeTimeline
              events={data.events}
              currency={data.currency}
              pointsCost={data.pointsCost}
              freeShipping={data.discount.type === 'FREE_SHIPPING'}
            />
          </Card>
          <Card title={t('redemptions.title')}>
            <CodeRedemptions redemptions={data.redemptions} />
          </Card>
          {data.status === 'CANCELLED' && canReadAudit ? (
            <CodeCancellationAudit customerId={data.customer.id} code={data.code} />
          ) : null}
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <Card title={t('holder.title')}>
            <div className="flex flex-col gap-1 text-sm">
              <Link
                href={`/customers/${data.customer.id}`}
                className="text-base font-semibold text-brand-800 underline-offset-2 hover:underline"
              >
                {holder}
              </Link>
              <span className="break-all text-ink-muted">{data.customer.email}</span>
              <span>
                <span className="text-ink-muted">{t('holder.memberCode')}</span>{' '}
                <span className="font-mono">{data.customer.memberCode}</span>
              </span>
            </div>
          </Card>
          {canCancel ? (
            <CancelCode
              code={{
                id: data.id,
                formatted: data.formatted,
                status: data.status,
                pointsCost: data.pointsCost,
                customer: { id: data.customer.id, name: holder },
              }}
            />
          ) : null}
          <Card title={t('terms.title')}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-ink-muted">{t('terms.discount')}</dt>
              <dd className="font-semibold">{words.what}</dd>
              <dt className="text-ink-muted">{t('terms.minBasket')}</dt>
              <dd>{words.minBasket ?? t('terms.none')}</dd>
              <dt className="text-ink-muted">{t('terms.where')}</dt>
              <dd>{tc(`rewardWhere.${data.discount.channels}`)}</dd>
              <dt className="text-ink-muted">{t('terms.validFrom')}</dt>
              <dd>
                <DateTime value={data.validFrom} />
              </dd>
              <dt className="text-ink-muted">{t('terms.validUntil')}</dt>
              <dd>
                <DateTime value={data.validUntil} />
              </dd>
              <dt className="text-ink-muted">{t('terms.cost')}</dt>
              <dd>
                <Points value={data.pointsCost} /> {tc('customer.balance.unit')}
              </dd>
              <dt className="text-ink-muted">{t(data.offer ? 'terms.offer' : 'terms.reward')}</dt>
              <dd>
                {data.offer ? (
                  canReadOffers ? (
                    <Link
                      href={`/offers/${data.offer.id}`}
                      className="text-brand-800 underline-offset-2 hover:underline"
                    >
                      {offerTitle}
                    </Link>
                  ) : (
                    offerTitle
                  )
                ) : data.reward && canManageRewards ? (
                  <Link
                    href={`/rewards/${data.reward.id}`}
                    className="text-brand-800 underline-offset-2 hover:underline"
                  >
                    {rewardName}
                  </Link>
                ) : (
                  (rewardName ?? <span className="text-ink-muted">{t('terms.removedReward')}</span>)
                )}
              </dd>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
};
