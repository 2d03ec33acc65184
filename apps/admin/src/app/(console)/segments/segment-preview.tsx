'use client';

import {
  Card,
  DateTime,
  EmptyState,
  formatPoints,
  Points,
  Skeleton,
  useFormatSettings,
} from '@fidele/ui';
import { keepPreviousData, skipToken, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { CustomerLink, customerName } from '@/components/customer-link.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import type { TierView } from '../tiers/ladder-form-values.ts';
import { TierBadge } from '../tiers/tier-badge.tsx';
import { type GroupDraft, readRule, ruleFromKey, ruleKey } from './segment-form-values.ts';

type Preview = StaffOutputs['segments']['preview'];
type Member = Preview['sample'][number];

/** How long the rules stay unchanged before they are counted again. */
const DEBOUNCE_MS = 400;

/** The last key given, once it has not changed for `ms`; a null key (rules not complete) is skipped. */
const useSettled = (key: string | null, ms: number): string | null => {
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    if (key === null) return;
    const timer = window.setTimeout(() => setSettled(key), ms);
    return () => window.clearTimeout(timer);
  }, [key, ms]);
  return settled;
};

export type SegmentPreviewState = {
  preview: UseQueryResult<Preview, unknown>;
  /** The rules on screen do not read yet (an input is empty or wrong): the figures are older. */
  incomplete: boolean;
  /** The figures are being brought up to date with the rules on screen. */
  pending: boolean;
};

/**
 * The members the rules on screen select, counted live: asked again once the rules have stayed
 * the same for a moment, the previous figures kept while the new ones load.
 */
export const useSegmentPreview = (root: GroupDraft): SegmentPreviewState => {
  const trpc = useTRPC();
  const key = useMemo(() => {
    const rule = readRule(root);
    return rule ? ruleKey(rule) : null;
  }, [root]);
  const settled = useSettled(key, DEBOUNCE_MS);
  const rule = useMemo(() => (settled === null ? null : ruleFromKey(settled)), [settled]);
  const preview = useQuery({
    ...trpc.segments.preview.queryOptions(rule ? { rule } : skipToken),
    placeholderData: keepPreviousData,
  });
  return {
    preview,
    incomplete: key === null,
    pending: (key !== null && key !== settled) || preview.isFetching,
  };
};

/** The live count: how many members the rules select now. */
export const SegmentCount = ({ state }: { state: SegmentPreviewState }) => {
  const t = useTranslations('segments.preview');
  const { locale } = useFormatSettings();
  const { preview, incomplete, pending } = state;
  const count = preview.data?.count;
  return (
    <Card title={t('title')}>
      <div
        data-testid="segment-count"
        data-count={count}
        data-pending={pending || undefined}
        aria-busy={pending || undefined}
        className="flex min-h-16 flex-col gap-1"
      >
        {count !== undefined ? (
          <p
            className={
              pending || incomplete ? 'text-ink-muted transition-colors' : 'transition-colors'
            }
          >
            <span className="block text-4xl font-bold text-ink tabular-nums">
              {formatPoints(count, locale)}
            </span>
            <span className="text-sm">{t('members', { count })}</span>
          </p>
        ) : preview.error ? (
          <QueryError error={preview.error} onRetry={() => preview.refetch()} />
        ) : incomplete ? null : (
          <Skeleton className="h-10 w-28" />
        )}
      </div>
      <p className="mt-2 text-sm text-ink-muted" aria-live="polite">
        {incomplete ? t('incomplete') : pending ? t('updating') : t('hint')}
      </p>
      {count !== undefined && preview.error ? (
        <QueryError error={preview.error} onRetry={() => preview.refetch()} />
      ) : null}
    </Card>
  );
};

const column = createColumnHelper<Member>();

/** The first members the rules select (by id), to see who they are. */
export const SegmentSample = ({
  state,
  tiers,
}: {
  state: SegmentPreviewState;
  tiers: readonly TierView[] | undefined;
}) => {
  const t = useTranslations('segments.sample');
  const { preview, incomplete } = state;
  const columns = useMemo(
    () => [
      column.accessor(customerName, {
        id: 'name',
        header: t('columns.name'),
        cell: (info) => <CustomerLink customer={info.row.original} />,
      }),
      column.accessor('memberCode', {
        header: t('columns.memberCode'),
        cell: (info) => <span className="font-mono">{info.getValue()}</span>,
      }),
      column.accessor('email', {
        header: t('columns.email'),
        cell: (info) => <span className="break-all">{info.getValue()}</span>,
      }),
      column.accessor('tierCode', {
        header: t('columns.tier'),
        cell: (info) => {
          const tier = tiers?.find((candidate) => candidate.code === info.getValue());
          return tier ? (
            <TierBadge tier={tier} className="whitespace-nowrap" />
          ) : (
            <span className="font-mono text-xs">{info.getValue()}</span>
          );
        },
      }),
      column.accessor('pointsBalance', {
        header: t('columns.balance'),
        meta: { align: 'end' },
        cell: (info) => <Points value={info.getValue()} />,
      }),
      column.accessor('createdAt', {
        header: t('columns.signedUp'),
        cell: (info) => (
          <DateTime value={info.getValue()} format="date" className="whitespace-nowrap" />
        ),
      }),
    ],
    [t, tiers],
  );
  return (
    <Card title={t('title')}>
      <p className="mb-3 text-sm text-ink-muted">{t('hint')}</p>
      <div data-testid="segment-sample" className="min-w-0">
        {preview.error && !preview.data ? (
          <QueryError error={preview.error} onRetry={() => preview.refetch()} />
        ) : incomplete && !preview.data ? (
          <EmptyState title={t('incomplete')} />
        ) : (
          <DataTable
            caption={t('title')}
            columns={columns}
            rows={preview.data?.sample}
            rowKey={(member) => member.id}
            skeletonRows={3}
            empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
          />
        )}
      </div>
    </Card>
  );
};
