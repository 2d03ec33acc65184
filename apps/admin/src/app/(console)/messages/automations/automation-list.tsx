'use client';

import { Card, HorizontalScroll, pinnedEndCell, Skeleton } from '@fidele/ui';
import {
  AUTOMATIONS_AHEAD,
  isInvitationAutomation,
  automationAudience,
  MESSAGE_CHANNELS,
} from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { AutomationStatus } from './automation-status.tsx';

type Automation = StaffOutputs['messages']['automations'][number];
type KindCounts = StaffOutputs['messages']['counts']['kinds'][number];
type Channel = (typeof MESSAGE_CHANNELS)[number];

/** What the table counts of each automation's messages, per channel. */
const METRICS = ['sent', 'delivered', 'opened', 'clicked', 'unsubscribed'] as const;
type Metric = (typeof METRICS)[number];

/** A metric of a kind's messages on a channel; null where the channel does not track it. */
const metricOf = (row: KindCounts | undefined, channel: Channel, metric: Metric): number | null => {
  // SMS providers report delivery; only emails carry the image and links that tell an opening
  // or a click.
  if (metric === 'delivered' && channel !== 'SMS') return null;
  if ((metric === 'opened' || metric === 'clicked') && channel !== 'EMAIL') return null;
  if (!row) return 0;
  return metric === 'sent' ? row.statuses.SENT : row[metric];
};

const Dash = ({ label }: { label: string }) => (
  <>
    <span aria-hidden="true">—</span>
    <span className="sr-only">{label}</span>
  </>
);

/**
 * How an automation's messages did, a line per channel it sends on or has sent on, with what
 * the channel tracks: "Email · 12 sent · 10 opened · 4 clicked · 1 unsubscribed".
 */
const Results = ({
  automation,
  counts,
}: {
  automation: Automation;
  counts: { data?: StaffOutputs['messages']['counts']; isPending: boolean };
}) => {
  const t = useTranslations('automations.list');
  const tChannel = useTranslations('channels');
  if (counts.isPending) return <Skeleton className="h-5 w-40" />;
  const rows = counts.data?.kinds.filter((row) => row.kind === automation.kind) ?? [];
  const channels = MESSAGE_CHANNELS.filter(
    (channel) =>
      rows.some((row) => row.channel === channel) ||
      (!isInvitationAutomation(automation.kind) && automation.channels.includes(channel)),
  );
  if (!counts.data || !channels.length) return <Dash label={t('noMessage')} />;
  return (
    <ul className="flex flex-col gap-1">
      {channels.map((channel) => {
        const row = rows.find((kind) => kind.channel === channel);
        return (
          <li key={channel} data-testid={`automation-results-${channel}`}>
            <span className="font-semibold text-ink">{tChannel(channel)}</span>
            {METRICS.flatMap((metric) => {
              const count = metricOf(row, channel, metric);
              return count === null ? [] : [` · ${t(`results.${metric}`, { count })}`];
            }).join('')}
          </li>
        );
      })}
    </ul>
  );
};

/**
 * Every automation, one row each: when it goes out, on or off, its channels and days ahead, and
 * how its messages did (sent, opened, clicked, unsubscribed), with a link to change it.
 */
export const AutomationList = () => {
  const t = useTranslations('automations');
  const tKind = useTranslations('messages.kinds');
  const tChannel = useTranslations('channels');
  const trpc = useTRPC();
  const canManage = useCan('programme:manage');
  const automations = useQuery(trpc.messages.automations.queryOptions());
  const counts = useQuery(trpc.messages.counts.queryOptions());

  const heading = (children: ReactNode) => (
    <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
      {children}
    </th>
  );

  return (
    <Card>
      {automations.error ? (
        <QueryError error={automations.error} onRetry={() => automations.refetch()} />
      ) : automations.data ? (
        <div className="flex flex-col gap-4" data-testid="automation-list">
          {counts.error ? (
            <QueryError error={counts.error} onRetry={() => counts.refetch()} />
          ) : null}
          <HorizontalScroll label={t('list.caption')} pinnedEnd>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('list.caption')}</caption>
              <thead className="border-b border-border text-ink-muted">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t('list.columns.automation')}
                  </th>
                  {heading(t('list.columns.sending'))}
                  {heading(t('list.columns.results'))}
                  <th scope="col" className={`bg-surface py-2 pl-3 ${pinnedEndCell}`}>
                    <span className="sr-only">{t('list.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {automations.data.map((automation) => {
                  const name = tKind(automation.kind);
                  return (
                    <tr
                      key={automation.kind}
                      className="border-b border-border align-top last:border-b-0"
                      data-testid={`automation-${automation.kind}`}
                    >
                      <th scope="row" className="min-w-44 py-3 pr-3 font-normal">
                        <span className="block font-semibold text-ink">{name}</span>
                        <span className="block text-ink-muted">{t(`when.${automation.kind}`)}</span>
                        <span className="mt-1 block text-xs text-ink-muted">
                          {t(`list.${automationAudience(automation.kind)}`)}
                        </span>
                      </th>
                      <td className="px-3 py-3">
                        <div className="flex flex-col items-start gap-1">
                          <AutomationStatus enabled={automation.enabled} />
                          <span>
                            {isInvitationAutomation(automation.kind) ? (
                              t('list.eventChannels')
                            ) : automation.channels.length ? (
                              MESSAGE_CHANNELS.filter((channel) =>
                                automation.channels.includes(channel),
                              )
                                .map((channel) => tChannel(channel))
                                .join(', ')
                            ) : (
                              <span className="text-ink-muted">{t('list.noChannel')}</span>
                            )}
                          </span>
                          {AUTOMATIONS_AHEAD.includes(automation.kind) &&
                          automation.daysBefore !== null ? (
                            <span className="text-ink-muted">
                              {t('list.daysBefore', { days: automation.daysBefore })}
                            </span>
                          ) : null}
                        </div>
                      </td>
                      <td className="min-w-48 px-3 py-3 text-ink-muted tabular-nums">
                        <Results automation={automation} counts={counts} />
                      </td>
                      <td className={`bg-surface py-3 pl-3 text-right ${pinnedEndCell}`}>
                        <Link
                          href={`/messages/automations/${automation.kind}`}
                          className="font-semibold whitespace-nowrap text-brand-800 hover:underline"
                        >
                          {t(canManage ? 'list.edit' : 'list.view')}
                          <span className="sr-only"> {name}</span>
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </HorizontalScroll>
        </div>
      ) : (
        <Skeleton className="h-96 w-full" />
      )}
    </Card>
  );
};
