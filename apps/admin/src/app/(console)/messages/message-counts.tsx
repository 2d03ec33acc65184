'use client';

import { Card, Skeleton } from '@fidele/ui';
import { MESSAGE_CHANNELS } from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import type { MessageStatus } from './message-list-params.ts';

/** The summary's columns: the messages still on their way all count as waiting. */
const GROUPS = {
  sent: ['SENT'],
  waiting: ['QUEUED', 'DISPATCHED', 'SENDING'],
  skipped: ['SKIPPED'],
  failed: ['FAILED'],
} as const satisfies Record<string, readonly MessageStatus[]>;

const GROUP_NAMES = Object.keys(GROUPS) as (keyof typeof GROUPS)[];

type StatusCounts = StaffOutputs['messages']['counts']['channels']['EMAIL'];

/** One table of the summary: a row per channel, or per kind of message on a channel. */
const CountsTable = ({
  caption,
  first,
  rows,
  unsubscribed,
}: {
  caption: string;
  first: string;
  rows: { key: string; label: ReactNode; statuses: StatusCounts; unsubscribed?: number }[];
  /** The unsubscribes column's heading, when the table has one. */
  unsubscribed?: string;
}) => {
  const t = useTranslations('messages.counts');
  const format = useFormatter();
  const cell = 'px-3 py-2 text-right tabular-nums';
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-border text-ink-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">
              {first}
            </th>
            {GROUP_NAMES.map((group) => (
              <th key={group} scope="col" className="px-3 py-2 text-right font-semibold">
                {t(group)}
              </th>
            ))}
            {unsubscribed ? (
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                {unsubscribed}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-border last:border-b-0">
              <th scope="row" className="py-2 pr-3 font-semibold text-ink">
                {row.label}
              </th>
              {GROUP_NAMES.map((group) => (
                <td key={group} className={cell}>
                  {format.number(
                    GROUPS[group].reduce((sum: number, status) => sum + row.statuses[status], 0),
                  )}
                </td>
              ))}
              {unsubscribed ? (
                <td className={cell}>{format.number(row.unsubscribed ?? 0)}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/**
 * How many emails and SMS were sent, are waiting, were skipped or failed: per channel, then per
 * kind of message, with the unsubscribes each kind's links brought.
 */
export const MessageCounts = () => {
  const t = useTranslations('messages.counts');
  const tChannel = useTranslations('channels');
  const tKind = useTranslations('messages.kinds');
  const trpc = useTRPC();
  const counts = useQuery(trpc.messages.counts.queryOptions());

  return (
    <Card title={t('title')}>
      {counts.error ? (
        <QueryError error={counts.error} onRetry={() => counts.refetch()} />
      ) : counts.data ? (
        <div className="flex flex-col gap-6" data-testid="message-counts">
          <CountsTable
            caption={t('caption')}
            first={t('channel')}
            rows={MESSAGE_CHANNELS.map((channel) => ({
              key: channel,
              label: tChannel(channel),
              statuses: counts.data.channels[channel],
            }))}
          />
          {counts.data.kinds.length ? (
            <CountsTable
              caption={t('byKindCaption')}
              first={t('kind')}
              unsubscribed={t('unsubscribed')}
              rows={counts.data.kinds.map((row) => ({
                key: `${row.kind}-${row.channel}`,
                label: `${tKind(row.kind)} · ${tChannel(row.channel)}`,
                statuses: row.statuses,
                unsubscribed: row.unsubscribed,
              }))}
            />
          ) : null}
        </div>
      ) : (
        <Skeleton className="h-24 w-full" />
      )}
    </Card>
  );
};
