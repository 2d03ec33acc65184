'use client';

import { Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffInputs } from '@/trpc/types.ts';
import { share } from './dashboard-rows.ts';
import { FigureCard } from './figure-card.tsx';
import type { FigureRow } from './figure-csv.ts';

/** How customers move between channels in the period: loaded on its own, as it reads the period's rows. */
export const ChannelFlows = ({ input }: { input: StaffInputs['dashboard']['flows'] }) => {
  const t = useTranslations('dashboard');
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.dashboard.flows.queryOptions(input));
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <Skeleton className="h-64" />;
  const flows = query.data;
  const file = (chart: string) => `fidele-${chart}-${input.from}-${input.to}.csv`;
  const movers: FigureRow[] = (['bothChannels', 'webToStore', 'storeToWeb'] as const).map(
    (key) => ({
      key,
      label: t(`flows.${key}`, { days: flows.withinDays }),
      values: { members: flows[key], share: share(flows[key], flows.buyers) },
    }),
  );
  const month = (value: string) =>
    format.dateTime(new Date(`${value}-15T12:00:00Z`), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return (
    <div className="grid grid-cols-1 gap-6 2xl:grid-cols-2">
      <FigureCard
        id="between-channels"
        title={t('charts.betweenChannels', { buyers: flows.buyers })}
        first={t('columns.movement')}
        columns={[
          { key: 'members', label: t('columns.members'), kind: 'count' },
          { key: 'share', label: t('columns.shareOfBuyers'), kind: 'ratio' },
        ]}
        rows={flows.buyers === 0 ? [] : movers}
        chart={['members']}
        fileName={file('between-channels')}
      />
      <FigureCard
        id="code-journeys"
        title={t('charts.codeJourneys')}
        first={t('columns.journey')}
        columns={[
          { key: 'codes', label: t('columns.codesRedeemed'), kind: 'count' },
          { key: 'discountGiven', label: t('columns.discountGiven'), kind: 'money' },
        ]}
        rows={flows.codeJourneys.map((journey) => ({
          key: `${journey.issuedOn}-${journey.redeemedOn}`,
          label: t('flows.journey', {
            issued: t(`channels.${journey.issuedOn}`),
            redeemed: t(`channels.${journey.redeemedOn}`),
          }),
          values: { codes: journey.codes, discountGiven: journey.discountGiven },
        }))}
        chart={['codes']}
        fileName={file('code-journeys')}
      />
      <FigureCard
        id="cohorts"
        title={t('charts.cohorts')}
        first={t('columns.cohort')}
        columns={[
          { key: 'members', label: t('columns.members'), kind: 'count' },
          { key: 'buyers', label: t('columns.buyers'), kind: 'count' },
          { key: 'repeatBuyers', label: t('columns.repeatBuyers'), kind: 'count' },
          { key: 'repeatRate', label: t('columns.repeatRate'), kind: 'ratio' },
        ]}
        rows={flows.cohorts.map((cohort) => ({
          key: `${cohort.month}-${cohort.source}`,
          label: `${month(cohort.month)} · ${t(`signUpSources.${cohort.source}`)}`,
          values: {
            members: cohort.members,
            buyers: cohort.buyers,
            repeatBuyers: cohort.repeatBuyers,
            repeatRate: share(cohort.repeatBuyers, cohort.members),
          },
        }))}
        chart={['members', 'repeatBuyers']}
        fileName={file('cohorts')}
      />
    </div>
  );
};
