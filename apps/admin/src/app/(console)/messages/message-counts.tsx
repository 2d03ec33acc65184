'use client';

import { Card, Skeleton } from '@fidele/ui';
import { MESSAGE_CHANNELS } from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { MessageStatus } from './message-list-params.ts';

/** The summary's columns: the messages still on their way all count as waiting. */
const GROUPS = {
  sent: ['SENT'],
  waiting: ['QUEUED', 'DISPATCHED', 'SENDING'],
  skipped: ['SKIPPED'],
  failed: ['FAILED'],
} as const satisfies Record<string, readonly MessageStatus[]>;

const GROUP_NAMES = Object.keys(GROUPS) as (keyof typeof GROUPS)[];

/** How many emails and SMS were sent, are waiting, were skipped or failed. */
export const MessageCounts = () => {
  const t = useTranslations('messages.counts');
  const tChannel = useTranslations('channels');
  const format = useFormatter();
  const trpc = useTRPC();
  const counts = useQuery(trpc.messages.counts.queryOptions());

  return (
    <Card title={t('title')}>
      {counts.error ? (
        <QueryError error={counts.error} onRetry={() => counts.refetch()} />
      ) : counts.data ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="message-counts">
            <caption className="sr-only">{t('caption')}</caption>
            <thead className="border-b border-border text-ink-muted">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t('channel')}
                </th>
                {GROUP_NAMES.map((group) => (
                  <th key={group} scope="col" className="px-3 py-2 text-right font-semibold">
                    {t(group)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {MESSAGE_CHANNELS.map((channel) => (
                <tr key={channel} className="border-b border-border last:border-b-0">
                  <th scope="row" className="py-2 pr-3 font-semibold text-ink">
                    {tChannel(channel)}
                  </th>
                  {GROUP_NAMES.map((group) => (
                    <td key={group} className="px-3 py-2 text-right tabular-nums">
                      {format.number(
                        GROUPS[group].reduce(
                          (sum: number, status) => sum + counts.data[channel][status],
                          0,
                        ),
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Skeleton className="h-24 w-full" />
      )}
    </Card>
  );
};
