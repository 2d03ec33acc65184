'use client';

import { Badge, DateTime } from '@fidele/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { MessageDetails, type OutboxMessage } from './message-details.tsx';
import { MessageStatusBadge } from './message-status.tsx';

const column = createColumnHelper<OutboxMessage>();

/**
 * The columns every message table shows, by name, for each table to place among its own: when it
 * was created, its channel, what it is about (marketing or service), its status and its details.
 */
export const useMessageColumns = () => {
  const t = useTranslations('messages');
  const tChannel = useTranslations('channels');
  return useMemo(
    () => ({
      createdAt: column.accessor('createdAt', {
        header: t('columns.createdAt'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      channel: column.accessor('channel', {
        header: t('columns.channel'),
        cell: (info) => tChannel(info.getValue()),
      }),
      about: column.accessor('kind', {
        header: t('columns.about'),
        cell: (info) => (
          <span className="flex min-w-36 flex-col items-start gap-1">
            {t(`kinds.${info.getValue()}`)}
            <Badge tone={info.row.original.marketing ? 'brand' : 'neutral'} className="text-xs">
              {t(info.row.original.marketing ? 'marketing' : 'service')}
            </Badge>
          </span>
        ),
      }),
      status: column.accessor('status', {
        header: t('columns.status'),
        cell: (info) => <MessageStatusBadge status={info.getValue()} />,
      }),
      details: column.display({
        id: 'details',
        header: t('columns.details'),
        cell: (info) => <MessageDetails message={info.row.original} />,
      }),
    }),
    [t, tChannel],
  );
};
