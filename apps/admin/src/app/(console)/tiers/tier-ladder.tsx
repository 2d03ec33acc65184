'use client';

import {
  Alert,
  Card,
  EmptyState,
  formatMoney,
  formatMultiplier,
  formatPoints,
  localisedName,
  Skeleton,
  useFormatSettings,
} from '@fidele/ui';
import { PROGRAMME_CURRENCY } from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { AuditTrailCard } from '@/components/audit-trail-card.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { TierView } from './ladder-form-values.ts';
import { LadderEditor } from './ladder-editor.tsx';
import { TierBadge } from './tier-badge.tsx';

const column = createColumnHelper<TierView>();

/** The ladder as a table, for the roles that may see it but not change it. */
const LadderView = ({ tiers }: { tiers: TierView[] }) => {
  const t = useTranslations('tiers');
  const locale = useLocale();
  const { locale: formatLocale } = useFormatSettings();
  const columns = useMemo(
    () => [
      column.accessor('rank', {
        header: t('columns.rank'),
        cell: (info) => <span className="font-semibold tabular-nums">{info.getValue() + 1}</span>,
      }),
      column.accessor('code', {
        header: t('columns.tier'),
        cell: (info) => (
          <span className="flex flex-col items-start gap-1">
            <TierBadge tier={info.row.original} />
            <span className="font-mono text-xs text-ink-muted">{info.getValue()}</span>
          </span>
        ),
      }),
      column.accessor('threshold', {
        header: t('columns.threshold'),
        meta: { align: 'end' },
        cell: (info) => (
          <span className="tabular-nums">{formatPoints(info.getValue(), formatLocale)}</span>
        ),
      }),
      column.accessor('earnMultiplier', {
        header: t('columns.multiplier'),
        meta: { align: 'end' },
        cell: (info) => (
          <span className="tabular-nums">{formatMultiplier(info.getValue(), formatLocale)}</span>
        ),
      }),
      column.accessor((tier) => localisedName(tier, 'benefits', locale), {
        id: 'benefits',
        header: t('columns.benefits'),
        cell: (info) =>
          info.getValue().trim() ? (
            <span className="block max-w-prose break-words whitespace-pre-line">
              {info.getValue()}
            </span>
          ) : (
            <span className="text-ink-muted">{t('noBenefits')}</span>
          ),
      }),
    ],
    [t, locale, formatLocale],
  );
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="info">{t('readOnly')}</Alert>
      <DataTable
        caption={t('caption')}
        columns={columns}
        rows={tiers}
        rowKey={(tier) => tier.id}
        empty={<EmptyState title={t('empty')} />}
      />
    </div>
  );
};

/**
 * The VIP ladder, lowest tier first: an editable table for the roles that run the programme, a
 * read-only one for the others, then every change made to it.
 */
export const TierLadder = () => {
  const t = useTranslations('tiers');
  const trpc = useTRPC();
  const { locale } = useFormatSettings();
  const canEdit = useCan('programme:manage');
  const canReadAudit = useCan('audit:read');
  const tiers = useQuery(trpc.tiers.list.queryOptions());
  // What the thresholds measure is a programme setting, which only these roles may read.
  const settings = useQuery({ ...trpc.settings.get.queryOptions(), enabled: canEdit });

  if (tiers.error) return <QueryError error={tiers.error} onRetry={() => tiers.refetch()} />;
  if (!tiers.data)
    return (
      <Card aria-busy="true">
        <Skeleton className="mb-4 h-5 w-2/3" />
        <Skeleton className="h-72 w-full" />
      </Card>
    );

  const measure = settings.data;
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <div className="mb-4 flex flex-col gap-1 text-sm">
          <p className="font-medium text-ink" data-testid="tiers-how">
            {t('howItWorks')}
          </p>
          {measure ? (
            <p className="text-ink-muted">
              {t(`measure.${measure.tierMetric}`, {
                months: measure.tierWindowMonths,
                days: measure.tierGraceDays,
                example: formatMoney(50_000, PROGRAMME_CURRENCY, locale),
              })}{' '}
              <Link href="/settings" className="font-semibold text-brand-800 hover:underline">
                {t('measureLink')}
              </Link>
            </p>
          ) : null}
        </div>
        {canEdit ? (
          <LadderEditor saved={tiers.data} metric={measure?.tierMetric} />
        ) : (
          <LadderView tiers={tiers.data} />
        )}
      </Card>
      {canReadAudit ? (
        <AuditTrailCard
          target={{ type: 'tier_ladder', id: 'ladder' }}
          title={t('activity.title')}
          empty={t('activity.empty')}
          emptyHint={t('activity.emptyHint')}
        />
      ) : null}
    </div>
  );
};
