'use client';

import {
  Alert,
  Badge,
  type BadgeTone,
  Button,
  DateTime,
  EmptyState,
  Money,
  TextField,
} from '@fidele/ui';
import type { ReferralHoldName, ReferralStatusName } from '@fidele/validators';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useState } from 'react';
import { CustomerLink, customerName } from '@/components/customer-link.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { onFilterSubmit, useListParams } from '@/lib/use-list-params.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { decisionFailure, type ReferralOutcome, useReferralDecision } from './referral-decision.ts';
import {
  readReferralParams,
  referralFilter,
  referralParamsQuery,
  STATUS_TABS,
} from './referral-list-params.ts';
import { type ReferralToReject, RejectReferralDialog } from './reject-referral-dialog.tsx';

const PAGE_SIZE = 20;

type Referral = StaffOutputs['referrals']['list']['rows'][number];
type Party = Referral['referrer'];

const STATUS_TONE: Record<ReferralStatusName, BadgeTone> = {
  PENDING: 'info',
  HELD: 'warning',
  QUALIFIED: 'brand',
  REWARDED: 'success',
  REVERSED: 'neutral',
  REJECTED: 'danger',
};

const column = createColumnHelper<Referral>();

/** One side of a referral: the name opening the customer's page, then how to tell them apart. */
const PartyCell = ({ party, children }: { party: Party; children?: ReactNode }) => (
  <span className="flex min-w-32 flex-col gap-0.5">
    <CustomerLink customer={party} />
    <span className="text-xs break-all">{party.email}</span>
    {party.phone ? <span className="text-xs whitespace-nowrap">{party.phone}</span> : null}
    <span className="font-mono text-xs text-ink-muted">{party.memberCode}</span>
    {children}
  </span>
);

/**
 * The referrals of one status, oldest first so the queue is worked in order, the held ones unless
 * another status is asked for: who referred whom, why the fraud checks held it, the friend's
 * qualifying purchase, the points and the decision. A held referral is approved at once, or
 * rejected with a reason; the state of the list lives in the URL.
 */
export const ReferralList = () => {
  const t = useTranslations('referrals');
  const tChannel = useTranslations('channels');
  const trpc = useTRPC();
  const { params, navigate } = useListParams(readReferralParams, referralParamsQuery);
  const [toReject, setToReject] = useState<ReferralToReject>(null);
  const [outcome, setOutcome] = useState<ReferralOutcome | null>(null);
  const list = useQuery({
    ...trpc.referrals.list.queryOptions(referralFilter(params, PAGE_SIZE)),
    placeholderData: keepPreviousData,
  });
  const approve = useReferralDecision();
  const data = list.data;
  const rows = data?.rows;
  // The weekly limit is the programme's setting: read only when a hold names it.
  const weeklyLimit = useQuery({
    ...trpc.settings.get.queryOptions(),
    enabled: Boolean(rows?.some((row) => row.holds.includes('WEEKLY_LIMIT'))),
    select: (settings) => settings.referralsPerWeek,
  });

  // Past the last page once its referrals are decided away: back to the new last page.
  const lastPage = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const pastLastPage = Boolean(data) && params.page > lastPage;
  useEffect(() => {
    // `navigate` is made anew on each render: the pages are what this follows.
    if (pastLastPage) navigate({ page: lastPage });
  }, [pastLastPage, lastPage]);

  const show = (next: { status?: ReferralStatusName; query?: string; page?: number }) => {
    setOutcome(null);
    approve.reset();
    navigate({ ...next, page: next.page ?? 1 });
  };
  const search = onFilterSubmit((text) => show({ query: text('q') }));

  const holdWords = (hold: ReferralHoldName, referral: Referral) =>
    hold === 'WEEKLY_LIMIT'
      ? t('holds.WEEKLY_LIMIT', { count: weeklyLimit.data ?? 0 })
      : hold === 'SAME_IP' && referral.ipAddress
        ? t('holds.SAME_IP_ADDRESS', { address: referral.ipAddress })
        : t(`holds.${hold}`);

  const decideApprove = (referral: Referral) => {
    setOutcome(null);
    const friend = customerName(referral.friend);
    approve.mutate(
      { id: referral.id, decision: 'APPROVE' },
      { onSuccess: (result) => setOutcome({ friend, status: result.status }) },
    );
  };
  const decideReject = (referral: Referral) => {
    setOutcome(null);
    approve.reset();
    setToReject({
      id: referral.id,
      friend: customerName(referral.friend),
      referrer: customerName(referral.referrer),
    });
  };

  // Four columns, the decision's buttons in the last: all of it shows at 1024 px without
  // scrolling the table.
  const columns = [
    column.accessor('referrer', {
      header: t('columns.referrer'),
      cell: (info) => <PartyCell party={info.getValue()} />,
    }),
    column.accessor('friend', {
      header: t('columns.friend'),
      cell: (info) => (
        <PartyCell party={info.getValue()}>
          <span className="text-xs text-ink-muted">
            {t(`via.${info.row.original.via}`)} · {t('joined')}{' '}
            <DateTime value={info.row.original.createdAt} format="date" />
          </span>
        </PartyCell>
      ),
    }),
    column.accessor('holds', {
      header: t('columns.checks'),
      cell: (info) => {
        const referral = info.row.original;
        const { purchase } = referral;
        return (
          <span className="flex min-w-40 flex-col gap-2">
            {referral.holds.length > 0 ? (
              <ul className="flex flex-col gap-1" aria-label={t('holdsLabel')}>
                {referral.holds.map((hold) => (
                  <li key={hold} className="flex gap-1.5" data-testid="referral-hold">
                    <span aria-hidden="true" className="text-warning-800">
                      ⚠
                    </span>
                    <span>{holdWords(hold, referral)}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {purchase ? (
              <span className="flex flex-col text-xs">
                <span className="text-ink-muted">{t('purchase')}</span>
                <span className="whitespace-nowrap">
                  <Money
                    amount={purchase.amount}
                    currency={purchase.currency}
                    className="font-semibold tabular-nums"
                  />{' '}
                  · {tChannel(purchase.channel)}
                </span>
                <DateTime value={purchase.occurredAt} format="date" />
                {referral.purchaseRefundedAt ? (
                  <span className="text-danger-700">
                    {t('refunded')} <DateTime value={referral.purchaseRefundedAt} format="date" />
                  </span>
                ) : null}
              </span>
            ) : (
              <span className="text-xs text-ink-muted">{t('noPurchase')}</span>
            )}
          </span>
        );
      },
    }),
    column.accessor('status', {
      header: t('columns.decision'),
      meta: { pin: 'end' },
      cell: (info) => {
        const referral = info.row.original;
        const friend = customerName(referral.friend);
        return (
          <span className="flex min-w-36 flex-col items-start gap-1">
            <Badge tone={STATUS_TONE[referral.status]} data-testid="referral-status">
              {t(`status.${referral.status}`)}
            </Badge>
            <span className="text-xs">
              {referral.qualifiedAt
                ? t('points', {
                    referrer: referral.referrerPoints,
                    friend: referral.friendPoints,
                  })
                : t('pointsLater')}
            </span>
            {referral.rewardedAt ? (
              <span className="text-xs text-ink-muted">
                {t('rewardedOn')} <DateTime value={referral.rewardedAt} format="date" />
              </span>
            ) : null}
            {referral.reversedAt ? (
              <span className="text-xs text-ink-muted">
                {t('reversedOn')} <DateTime value={referral.reversedAt} format="date" />
              </span>
            ) : null}
            {referral.decidedAt ? (
              <span className="text-xs text-ink-muted">
                {referral.decidedBy
                  ? t('decidedBy', { name: referral.decidedBy.name })
                  : t('decided')}{' '}
                <DateTime value={referral.decidedAt} format="date" />
              </span>
            ) : null}
            {referral.decisionReason ? (
              <q className="text-xs" data-testid="referral-reason">
                {referral.decisionReason}
              </q>
            ) : null}
            {referral.status === 'HELD' ? (
              <span className="flex flex-wrap gap-1">
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={approve.isPending}
                  loading={approve.isPending && approve.variables.id === referral.id}
                  aria-label={t('approveOne', { friend })}
                  onClick={() => decideApprove(referral)}
                >
                  {t('approve')}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={approve.isPending}
                  aria-label={t('rejectOne', { friend })}
                  onClick={() => decideReject(referral)}
                >
                  {t('reject')}
                </Button>
              </span>
            ) : null}
          </span>
        );
      },
    }),
  ];

  return (
    <div className="flex flex-col gap-4">
      <div role="group" aria-label={t('filter')} className="flex flex-wrap gap-2">
        {STATUS_TABS.map((status) => (
          <Button
            key={status}
            size="sm"
            variant={params.status === status ? 'primary' : 'secondary'}
            aria-pressed={params.status === status}
            onClick={() => show({ status })}
          >
            {t(`filters.${status}`, { count: data?.counts[status] ?? 0 })}
          </Button>
        ))}
      </div>

      <form role="search" onSubmit={search} className="flex flex-wrap items-end gap-2">
        <TextField
          key={params.query}
          label={t('search')}
          placeholder={t('searchHint')}
          name="q"
          type="search"
          maxLength={100}
          defaultValue={params.query}
          className="w-full max-w-md"
        />
        <Button type="submit">{t('searchSubmit')}</Button>
      </form>

      {outcome ? (
        <Alert tone="success" title={t(`outcome.${outcome.status}`, { friend: outcome.friend })} />
      ) : null}
      {approve.error ? (
        <Alert tone="danger">{t(`failures.${decisionFailure(approve.error)}`)}</Alert>
      ) : null}
      {list.error ? <QueryError error={list.error} onRetry={() => list.refetch()} /> : null}

      <DataTable
        caption={t('caption', { status: t(`status.${params.status}`) })}
        columns={columns}
        rows={list.error ? [] : rows}
        rowKey={(row) => row.id}
        skeletonRows={4}
        empty={
          list.error ? null : params.query ? (
            <EmptyState
              title={t('noMatch.title', { query: params.query })}
              description={t('noMatch.description')}
              action={
                <Button variant="secondary" onClick={() => show({ query: '' })}>
                  {t('noMatch.clear')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              title={t(`empty.${params.status}`)}
              description={t(params.status === 'HELD' ? 'emptyHeldHint' : 'emptyHint')}
            />
          )
        }
      />
      <ListPagination data={data} onPageChange={(page) => show({ page })} />

      <RejectReferralDialog
        referral={toReject}
        onClose={() => setToReject(null)}
        onDone={setOutcome}
      />
    </div>
  );
};
