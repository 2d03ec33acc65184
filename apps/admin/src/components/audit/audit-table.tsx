'use client';

import { actionMessageKey } from '@fidele/core/audit/actions';
import { DateTime } from '@fidele/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { type ReactNode, useMemo } from 'react';
import { DataTable } from '../data-table.tsx';
import { AuditDetails } from './audit-details.tsx';
import { type AuditEntry, AuditRefName } from './audit-ref.tsx';

const column = createColumnHelper<AuditEntry>();

/**
 * Audit entries as table rows: when, who, what they did in words, on what, and what changed.
 * Every column stays at 1024 px: long names and changes wrap instead.
 */
export const AuditTable = ({
  entries,
  caption,
  empty,
  showTarget = true,
}: {
  entries: AuditEntry[] | undefined;
  caption: string;
  empty: ReactNode;
  showTarget?: boolean;
}) => {
  const t = useTranslations('audit');
  const columns = useMemo(
    () => [
      column.accessor('createdAt', {
        header: t('columns.date'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor('actor', {
        header: t('columns.actor'),
        cell: (info) => <AuditRefName value={info.getValue()} kind="actor" />,
      }),
      column.accessor('action', {
        header: t('columns.action'),
        cell: (info) => {
          const key = `actions.${actionMessageKey(info.getValue())}` as const;
          return t.has(key) ? t(key as 'actions.points_adjust') : info.getValue();
        },
      }),
      ...(showTarget
        ? [
            column.accessor('target', {
              header: t('columns.target'),
              cell: (info) => {
                const target = info.getValue();
                return target ? (
                  <AuditRefName value={target} kind="target" />
                ) : (
                  <span className="text-ink-muted">—</span>
                );
              },
            }),
          ]
        : []),
      column.display({
        id: 'details',
        header: t('columns.details'),
        cell: (info) => <AuditDetails entry={info.row.original} />,
      }),
    ],
    [t, showTarget],
  );
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={entries}
      rowKey={(row) => row.id}
      skeletonRows={3}
      empty={empty}
    />
  );
};
