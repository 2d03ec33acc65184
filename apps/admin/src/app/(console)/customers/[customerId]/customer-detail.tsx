'use client';

import { Badge, Button, buttonStyles, Card, Points, Skeleton, tierNameIn } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { PageHeader } from '@/components/page-header.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { MergeAccountDialog, MergedAccounts } from './account-merge.tsx';
import { AdjustPointsForm } from './adjust-points-form.tsx';
import { CustomerActivity } from './customer-activity.tsx';
import { BlockCustomerDialog, BlockedNotice } from './customer-block.tsx';
import { SendSignInLink } from './send-sign-in-link.tsx';
import { CustomerCodes } from './customer-codes.tsx';
import { CustomerLedger } from './customer-ledger.tsx';
import { CustomerMessages } from './customer-messages.tsx';
import { CustomerPointsOutlook } from './customer-points-outlook.tsx';
import { CustomerProfileCard } from './customer-profile-card.tsx';
import { CustomerPurchases } from './customer-purchases.tsx';
import { CustomerRetention } from './customer-retention.tsx';
import { CustomerTier } from './customer-tier.tsx';
import { EraseCustomerDialog } from './erase-customer-dialog.tsx';

/**
 * The customer 360°: who they are, their points and tier, every movement and purchase, what staff
 * did.
 */
export const CustomerDetail = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customer');
  const locale = useLocale();
  const trpc = useTRPC();
  const canAdjust = useCan('points:adjust');
  const canReadAudit = useCan('audit:read');
  const canReadCodes = useCan('codes:read');
  const canReadMessages = useCan('messages:read');
  const canExportData = useCan('customers:export-data');
  const canErase = useCan('customers:erase');
  const canBlock = useCan('customers:block');
  const canSendLink = useCan('customers:send-link');
  const canCorrect = useCan('customers:correct');
  const canMerge = useCan('customers:merge');
  const [erasing, setErasing] = useState(false);
  const [blocking, setBlocking] = useState(false);
  const [merging, setMerging] = useState(false);
  const profile = useQuery(trpc.customers.get.queryOptions({ customerId }));
  const customer = profile.data;
  const name = customer ? [customer.firstName, customer.lastName].filter(Boolean).join(' ') : '';

  const back = (
    <Link href="/customers" className="font-semibold text-brand-800 hover:underline">
      ← {t('back')}
    </Link>
  );

  if (profile.error)
    return (
      <>
        <PageHeader eyebrow={back} title={t('title')} />
        <QueryError error={profile.error} onRetry={() => profile.refetch()} />
      </>
    );

  return (
    <>
      <PageHeader
        eyebrow={back}
        title={customer ? name : <Skeleton className="h-9 w-64" />}
        actions={
          customer &&
          !customer.erasedAt &&
          !customer.mergedInto &&
          (canExportData || canErase || canBlock || canSendLink || canMerge) ? (
            <div className="flex flex-wrap items-start gap-2">
              {canMerge ? (
                <Button variant="secondary" onClick={() => setMerging(true)}>
                  {t('merge.open')}
                </Button>
              ) : null}
              {canSendLink && !customer.blockedAt ? (
                <SendSignInLink customerId={customerId} />
              ) : null}
              {canBlock && !customer.blockedAt ? (
                <Button variant="secondary" onClick={() => setBlocking(true)}>
                  {t('block.open')}
                </Button>
              ) : null}
              {canExportData ? (
                // Her data as she would download it herself, for the owner answering her request.
                <a
                  href={`/api/customers/${customerId}/data`}
                  className={buttonStyles({ variant: 'secondary' })}
                  download
                >
                  {t('exportData')}
                </a>
              ) : null}
              {canErase ? (
                <Button variant="danger" onClick={() => setErasing(true)}>
                  {t('erase.open')}
                </Button>
              ) : null}
            </div>
          ) : null
        }
        description={
          customer ? (
            <span className="flex flex-wrap items-center gap-2">
              <span>
                {t('memberCode')} <span className="font-mono text-ink">{customer.memberCode}</span>
              </span>
              <Badge tone="brand">{tierNameIn(customer.tier, locale)}</Badge>
              {customer.erasedAt ? <Badge tone="neutral">{t('erase.erased')}</Badge> : null}
              {customer.blockedAt ? <Badge tone="danger">{t('block.blocked')}</Badge> : null}
              {customer.mergedInto ? <Badge tone="neutral">{t('merge.merged')}</Badge> : null}
            </span>
          ) : (
            <Skeleton className="mt-1 h-6 w-48" />
          )
        }
      />
      {customer && (customer.mergedInto || customer.mergedFrom.length > 0) ? (
        <div className="mb-6">
          <MergedAccounts
            mergedInto={customer.mergedInto}
            mergedAt={customer.mergedAt}
            mergedFrom={customer.mergedFrom}
          />
        </div>
      ) : null}
      {customer?.blockedAt ? (
        <div className="mb-6">
          <BlockedNotice
            customerId={customerId}
            blocked={{
              at: customer.blockedAt,
              reason: customer.blockedReason,
              by: customer.blockedBy?.name ?? null,
            }}
            canUnblock={canBlock}
          />
        </div>
      ) : null}
      {/* One column on small screens, in the order staff need (balance, then the adjustment); two
          columns on wide ones. The column wrappers dissolve on small screens so `order` applies. */}
      <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_22rem] xl:items-start">
        <div className="contents xl:flex xl:min-w-0 xl:flex-col xl:gap-6">
          <Card title={t('balance.title')} className="order-1">
            {customer ? (
              <p className="flex items-baseline gap-2">
                <Points
                  value={customer.pointsBalance}
                  data-testid="customer-balance"
                  data-value={customer.pointsBalance}
                  className="text-4xl font-bold text-brand-800 tabular-nums"
                />
                <span className="text-ink-muted">{t('balance.unit')}</span>
              </p>
            ) : (
              <Skeleton className="h-10 w-40" />
            )}
            <div className="mt-4">
              <CustomerPointsOutlook customerId={customerId} />
            </div>
          </Card>
          <div className="order-3 min-w-0">
            <CustomerTier customerId={customerId} customerName={name} />
          </div>
          <div className="order-4 min-w-0">
            <CustomerLedger customerId={customerId} />
          </div>
          <div className="order-5 min-w-0">
            <CustomerPurchases customerId={customerId} />
          </div>
          {canReadCodes ? (
            <div className="order-6 min-w-0">
              <CustomerCodes customerId={customerId} />
            </div>
          ) : null}
          {canReadMessages ? (
            <div className="order-7 min-w-0">
              <CustomerMessages customerId={customerId} />
            </div>
          ) : null}
          {canReadAudit ? (
            <div className="order-8 min-w-0">
              <CustomerActivity customerId={customerId} />
            </div>
          ) : null}
        </div>
        <div className="contents xl:flex xl:min-w-0 xl:flex-col xl:gap-6">
          {canAdjust ? (
            <div className="order-2">
              <AdjustPointsForm
                customerId={customerId}
                customerName={name}
                balance={customer?.pointsBalance}
              />
            </div>
          ) : null}
          <div className="order-9">
            <CustomerProfileCard customer={customer} canCorrect={canCorrect} />
          </div>
          <div className="order-10">
            <CustomerRetention customerId={customerId} />
          </div>
        </div>
      </div>
      {canBlock ? (
        <BlockCustomerDialog
          customerId={customerId}
          name={name}
          open={blocking}
          onClose={() => setBlocking(false)}
        />
      ) : null}
      {canMerge ? (
        <MergeAccountDialog
          customerId={customerId}
          name={name}
          open={merging}
          onClose={() => setMerging(false)}
        />
      ) : null}
      {canErase ? (
        <EraseCustomerDialog
          customerId={customerId}
          name={name}
          open={erasing}
          onClose={() => setErasing(false)}
        />
      ) : null}
    </>
  );
};
