'use client';

import {
  Button,
  formatDateTime,
  formatMoney,
  localisedName,
  SelectField,
  Skeleton,
  TextField,
} from '@fidele/ui';
import { dashboardInput, PROGRAMME_CURRENCY } from '@fidele/validators';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { onFilterSubmit, useListParams } from '@/lib/use-list-params.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { ChannelFlows } from './channel-flows.tsx';
import {
  channelRows,
  type DashboardData,
  pointsPerDay,
  share,
  shopRows,
  sourceRows,
  tierRows,
} from './dashboard-rows.ts';
import { FigureCard } from './figure-card.tsx';
import type { FigureColumn } from './figure-csv.ts';
import { type Headline, HeadlineFigures } from './headline-figures.tsx';

type Range = { from: string; to: string };
type Params = Range & { shop: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The range and shop from the URL, the last 30 days when it names none. */
const paramsReader =
  (fallback: Range) =>
  (search: URLSearchParams): Params => {
    const from = search.get('from') ?? '';
    const to = search.get('to') ?? '';
    return DAY.test(from) && DAY.test(to)
      ? { from, to, shop: search.get('shop') ?? '' }
      : { ...fallback, shop: search.get('shop') ?? '' };
  };

const paramsQuery = ({ from, to, shop }: Params) =>
  `?${new URLSearchParams({ from, to, ...(shop ? { shop } : {}) })}`;

/** The admin's home: the programme's figures for a range of days, per channel, shop and tier. */
export const DashboardView = ({ fallback, timeZone }: { fallback: Range; timeZone: string }) => {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  const trpc = useTRPC();
  const { params, navigate } = useListParams(paramsReader(fallback), paramsQuery);
  const input = { from: params.from, to: params.to, shopId: params.shop || undefined };
  const query = useQuery({
    ...trpc.dashboard.read.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const campaigns = useQuery(trpc.dashboard.campaigns.queryOptions());
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <div className="flex flex-col gap-6">
      <form
        className="flex flex-wrap items-end gap-3"
        aria-label={t('filters')}
        noValidate
        onSubmit={onFilterSubmit((text) => {
          const next = { from: text('from'), to: text('to'), shop: text('shop') };
          const checked = dashboardInput.safeParse({ ...next, shopId: next.shop || undefined });
          setErrors(
            checked.success ? [] : checked.error.issues.map((issue) => String(issue.path[0])),
          );
          if (checked.success) navigate(next);
        })}
      >
        <TextField
          key={`from-${params.from}`}
          name="from"
          type="date"
          label={t('from')}
          defaultValue={params.from}
          error={errors.includes('from') ? t('rangeError.from') : undefined}
          required
        />
        <TextField
          key={`to-${params.to}`}
          name="to"
          type="date"
          label={t('to')}
          defaultValue={params.to}
          error={errors.includes('to') ? t('rangeError.to') : undefined}
          required
        />
        {query.data && query.data.shopChoices.length > 0 ? (
          <SelectField
            key={`shop-${params.shop}`}
            name="shop"
            label={t('shop')}
            defaultValue={params.shop}
            options={[
              {
                value: '',
                label: query.data.allShops && !params.shop ? t('allShops') : t('allMyShops'),
              },
              ...query.data.shopChoices.map((shop) => ({ value: shop.id, label: shop.name })),
            ]}
          />
        ) : null}
        <Button type="submit">{t('show')}</Button>
        {campaigns.data && campaigns.data.length > 0 ? (
          <SelectField
            name="campaign"
            label={t('campaign')}
            value=""
            onChange={(event) => {
              const campaign = campaigns.data.find((c) => c.id === event.target.value);
              if (campaign) navigate({ from: campaign.from, to: campaign.to });
            }}
            options={[
              { value: '', label: t('pickCampaign') },
              ...campaigns.data.map((campaign) => ({
                value: campaign.id,
                label: t('campaignOption', {
                  kind: t(`campaignKinds.${campaign.kind}`),
                  name: localisedName(campaign, 'name', locale),
                }),
              })),
            ]}
          />
        ) : null}
        <p className="basis-full text-sm text-ink-muted">{t('timeZone', { timeZone })}</p>
      </form>
      {query.error ? <QueryError error={query.error} onRetry={() => query.refetch()} /> : null}
      {query.data ? (
        <DashboardFigures data={query.data} locale={locale} />
      ) : query.isPending ? (
        <Skeleton className="h-96" />
      ) : null}
      <section aria-labelledby="channel-flows" className="flex flex-col gap-4">
        <div>
          <h2 id="channel-flows" className="text-xl font-bold text-ink">
            {t('flows.title')}
          </h2>
          <p className="mt-1 text-sm text-ink-muted">{t('flows.description')}</p>
        </div>
        <ChannelFlows input={input} />
      </section>
    </div>
  );
};

const DashboardFigures = ({ data, locale }: { data: DashboardData; locale: string }) => {
  const t = useTranslations('dashboard');
  const channel = (c: string) => t(`channels.${c}`);
  const source = (c: string) => t(`sources.${c}`);
  const dayLabel = (day: string) =>
    formatDateTime(new Date(`${day}T12:00:00Z`), locale, 'date', 'UTC');
  const { current, previous } = data.totals;
  const headlines: Headline[] = [
    { key: 'members', label: t('figures.members'), kind: 'count', ...data.members },
    {
      key: 'activeMembers',
      label: t('figures.activeMembers', { day: dayLabel(data.activeMembers.asOf) }),
      kind: 'count',
      current: data.activeMembers.current,
      previous: data.activeMembers.previous,
    },
    ...(data.pointsHeld
      ? [
          {
            key: 'pointsHeld',
            label: t('figures.pointsHeld'),
            kind: 'points' as const,
            current: data.pointsHeld.current,
            previous: data.pointsHeld.previous,
            note: t('figures.pointsValue', {
              value: formatMoney(
                Math.round((data.pointsHeld.current * data.pointsHeld.valueOf100Points) / 100),
                PROGRAMME_CURRENCY,
                locale,
              ),
            }),
          },
        ]
      : []),
    {
      key: 'redemptionRate',
      label: t('figures.redemptionRate'),
      kind: 'ratio',
      current: share(current.pointsRedeemed, current.pointsIssued),
      previous: share(previous.pointsRedeemed, previous.pointsIssued),
    },
    {
      key: 'purchases',
      label: t('figures.purchases'),
      kind: 'count',
      current: current.purchases,
      previous: previous.purchases,
    },
    {
      key: 'averageBasket',
      label: t('figures.averageBasket'),
      kind: 'money',
      current: share(current.purchaseAmount, current.purchases),
      previous: share(previous.purchaseAmount, previous.purchases),
    },
    {
      key: 'membersShare',
      label: t('figures.membersShare'),
      kind: 'ratio',
      current: share(current.memberPurchaseAmount, current.purchaseAmount),
      previous: share(previous.memberPurchaseAmount, previous.purchaseAmount),
    },
    {
      key: 'codesRedeemed',
      label: t('figures.codesRedeemed'),
      kind: 'count',
      current: current.codesRedeemed,
      previous: previous.codesRedeemed,
    },
  ];
  const col = (key: string, kind: FigureColumn['kind']): FigureColumn => ({
    key,
    label: t(`columns.${key}`),
    kind,
  });
  const perDay = pointsPerDay(data, dayLabel);
  const name = (chart: string) =>
    `fidele-${chart}-${data.period.current.from}-${data.period.current.to}.csv`;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-ink-muted">
        {t('period', {
          from: dayLabel(data.period.current.from),
          to: dayLabel(data.period.current.to),
          previousFrom: dayLabel(data.period.previous.from),
          previousTo: dayLabel(data.period.previous.to),
        })}
      </p>
      <HeadlineFigures figures={headlines} />
      <div className="grid grid-cols-1 gap-6 2xl:grid-cols-2">
        <FigureCard
          id="points-per-channel"
          title={t('charts.pointsPerChannel')}
          first={t('columns.channel')}
          columns={[
            col('pointsIssued', 'points'),
            col('pointsRedeemed', 'points'),
            col('redemptionRate', 'ratio'),
          ]}
          rows={channelRows(data, channel, (f) => f.pointsIssued > 0 || f.pointsRedeemed > 0)}
          chart={['pointsIssued', 'pointsRedeemed']}
          fileName={name('points-per-channel')}
        />
        <FigureCard
          id="sales-per-channel"
          title={t('charts.salesPerChannel')}
          first={t('columns.channel')}
          columns={[
            col('purchases', 'count'),
            col('purchaseAmount', 'money'),
            col('averageBasket', 'money'),
            col('membersShare', 'ratio'),
          ]}
          rows={channelRows(data, channel, (f) => f.purchases > 0)}
          chart={['purchaseAmount']}
          fileName={name('sales-per-channel')}
        />
        <FigureCard
          id="points-per-day"
          title={t('charts.pointsPerDay')}
          first={t('columns.day')}
          columns={perDay.channels.map((c) => ({
            key: c,
            label: channel(c),
            kind: 'points' as const,
          }))}
          rows={perDay.rows}
          chart={perDay.channels}
          stacked
          fileName={name('points-per-day')}
        />
        <FigureCard
          id="codes-per-channel"
          title={t('charts.codesPerChannel')}
          first={t('columns.channel')}
          columns={[
            col('codesIssued', 'count'),
            col('codesRedeemed', 'count'),
            col('discountGiven', 'money'),
          ]}
          rows={channelRows(data, channel, (f) => f.codesIssued > 0 || f.codesRedeemed > 0)}
          chart={['codesIssued', 'codesRedeemed']}
          fileName={name('codes-per-channel')}
        />
        <FigureCard
          id="new-members"
          title={t('charts.newMembers')}
          first={t('columns.source')}
          columns={[col('current', 'count'), col('previous', 'count')]}
          rows={sourceRows(data, source)}
          chart={['current', 'previous']}
          fileName={name('new-members')}
        />
        <FigureCard
          id="sales-per-shop"
          title={t('charts.salesPerShop')}
          first={t('columns.shop')}
          columns={[
            col('purchases', 'count'),
            col('purchaseAmount', 'money'),
            col('averageBasket', 'money'),
            col('membersShare', 'ratio'),
            col('pointsIssued', 'points'),
            col('codesRedeemed', 'count'),
          ]}
          rows={shopRows(data)}
          chart={['purchaseAmount']}
          fileName={name('sales-per-shop')}
        />
        <FigureCard
          id="tiers"
          title={t('charts.tiers')}
          first={t('columns.tier')}
          columns={[col('members', 'count'), col('upgrades', 'count'), col('downgrades', 'count')]}
          rows={tierRows(data, locale)}
          chart={['members']}
          fileName={name('tiers')}
        />
        <FigureCard
          id="engagement"
          title={t('charts.engagement')}
          first={t('columns.channel')}
          columns={[
            col('plays', 'count'),
            col('playsWon', 'count'),
            col('contestEntries', 'count'),
            col('messagesSent', 'count'),
            col('openRate', 'ratio'),
            col('clickRate', 'ratio'),
            col('messagesFailed', 'count'),
          ]}
          rows={channelRows(
            data,
            channel,
            (f) => f.plays + f.contestEntries + f.messagesSent + f.messagesFailed > 0,
          )}
          fileName={name('engagement')}
        />
      </div>
    </div>
  );
};
