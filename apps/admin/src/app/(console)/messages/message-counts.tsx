'use client';

import { Card, HorizontalScroll, Skeleton } from '@fidele/ui';
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

/**
 * What became of a kind's messages: delivered (SMS, by the provider's reports), opened and
 * clicked (emails only), and the unsubscribes they brought.
 */
const ENGAGEMENT = ['delivered', 'opened', 'clicked', 'unsubscribed'] as const;

type Engagement = Record<(typeof ENGAGEMENT)[number], number | null>;

/**
 * One table of the summary: a row per channel, or per kind of message on a channel with what
 * its messages brought (null where the channel does not track it: an SMS is neither opened nor
 * clicked as far as we know, and an email's delivery is not reported).
 */
const CountsTable = ({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: { key: string; label: ReactNode; statuses: StatusCounts; engagement?: Engagement }[];
}) => {
  const t = useTranslations('messages.counts');
  const format = useFormatter();
  const cell = 'px-3 py-2 text-right tabular-nums';
  const engaged = rows.some((row) => row.engagement);
  return (
    <HorizontalScroll label={caption}>
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
            {engaged
              ? ENGAGEMENT.map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 text-right font-semibold">
                    {t(column)}
                  </th>
                ))
              : null}
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
              {engaged
                ? ENGAGEMENT.map((column) => {
                    const value = row.engagement?.[column] ?? null;
                    return (
                      <td key={column} className={cell}>
                        {value === null ? (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="sr-only">{t('notTracked')}</span>
                          </>
                        ) : (
                          format.number(value)
                        )}
                      </td>
                    );
                  })
                : null}
            </tr>
          ))}
        </tbody>
      </table>
    </HorizontalScroll>
  );
};

/**
 * How many emails and SMS were sent, are waiting, were skipped or failed: per channel, then per
 * kind of message, with the openings and clicks of its emails and the unsubscribes its links
 * brought.
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
              rows={counts.data.kinds.map((row) => ({
                key: `${row.kind}-${row.channel}`,
                label: `${tKind(row.kind)} · ${tChannel(row.channel)}`,
                statuses: row.statuses,
                engagement: {
                  // SMS providers report delivery; emails carry the image and the links that
                  // tell an opening or a click.
                  delivered: row.channel === 'SMS' ? row.delivered : null,
                  opened: row.channel === 'EMAIL' ? row.opened : null,
                  clicked: row.channel === 'EMAIL' ? row.clicked : null,
                  unsubscribed: row.unsubscribed,
                },
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
