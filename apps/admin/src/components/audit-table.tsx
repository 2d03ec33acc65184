'use client';

import { DateTime, formatPoints } from '@fidele/ui';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useMemo } from 'react';
import type { StaffOutputs } from '@/trpc/types.ts';
import { DataTable } from './data-table.tsx';

type AuditEntry = StaffOutputs['audit']['list']['items'][number];

const column = createColumnHelper<AuditEntry>();

const field = (data: unknown, key: string): unknown =>
  data && typeof data === 'object' && key in data
    ? (data as Record<string, unknown>)[key]
    : undefined;

/** What changed, in a line: the points and reason of an adjustment, the name of a shop or key. */
const AuditDetails = ({ entry }: { entry: AuditEntry }) => {
  const t = useTranslations('audit');
  const locale = useLocale();
  const points = field(entry.data, 'points');
  const reason = field(entry.data, 'reason');
  const name = field(entry.data, 'name');
  const prefix = field(entry.data, 'prefix');
  const code = field(entry.data, 'code');
  const refunded = field(entry.data, 'pointsRefunded');
  const cost = field(entry.data, 'pointsCost');
  const parts: ReactNode[] = [];
  if (typeof code === 'string')
    parts.push(
      <Link
        key="code"
        href={`/codes/${code}`}
        className="font-mono text-xs text-brand-800 underline-offset-2 hover:underline"
      >
        {code}
      </Link>,
    );
  if (typeof points === 'number')
    parts.push(
      <span key="points" className="font-semibold tabular-nums">
        {t('details.points', { points: formatPoints(points, locale, { signed: true }) })}
      </span>,
    );
  if (typeof reason === 'string') parts.push(<q key="reason">{reason}</q>);
  if (typeof cost === 'number')
    parts.push(
      <span key="cost" className="tabular-nums">
        {t('details.cost', { points: cost })}
      </span>,
    );
  if (typeof refunded === 'number')
    parts.push(
      <span key="refunded" className="font-semibold tabular-nums">
        {t('details.refunded', { points: refunded })}
      </span>,
    );
  // The target column already names what was created or revoked.
  if (typeof name === 'string' && name !== entry.target?.name)
    parts.push(<span key="name">{name}</span>);
  if (typeof prefix === 'string')
    parts.push(
      <span key="prefix" className="font-mono text-xs">
        {prefix}…
      </span>,
    );
  return parts.length ? (
    <span className="flex flex-wrap gap-x-2 break-words">{parts}</span>
  ) : (
    <span className="text-ink-muted">—</span>
  );
};

/** Records with a page of their own in the back office. */
const targetPages: Record<string, string> = {
  customer: '/customers',
  reward: '/rewards',
  segment: '/segments',
  offer: '/offers',
  webhook_endpoint: '/webhooks',
};

const Target = ({ entry }: { entry: AuditEntry }) => {
  const t = useTranslations('audit');
  const locale = useLocale();
  const target = entry.target;
  if (!target) return <span className="text-ink-muted">—</span>;
  const type = t.has(`targets.${target.type}`) ? t(`targets.${target.type}`) : target.type;
  // A reward's entries carry its names, an offer's its titles, when it was created or edited.
  const fr = locale === 'fr';
  const savedName =
    field(entry.data, fr ? 'nameFr' : 'nameEn') ?? field(entry.data, fr ? 'titleFr' : 'titleEn');
  const name = target.name ?? (typeof savedName === 'string' ? savedName : null) ?? type;
  const page = targetPages[target.type];
  return (
    <span className="flex flex-col">
      {page && target.id ? (
        <Link
          href={`${page}/${target.id}`}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          {name}
        </Link>
      ) : (
        <span>{name}</span>
      )}
      <span className="text-xs text-ink-muted">{type}</span>
    </span>
  );
};

/** Audit entries as table rows: when, who, the action code, on what, and what changed. */
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
  const t = useTranslations();
  const columns = useMemo(
    () => [
      column.accessor('createdAt', {
        header: t('audit.columns.date'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor((e) => e.actor.name, {
        id: 'actor',
        header: t('audit.columns.actor'),
        cell: (info) => (
          <span className="flex flex-col">
            <span>{info.getValue() ?? info.row.original.actor.id ?? '—'}</span>
            <span className="text-xs text-ink-muted">
              {t(`audit.actors.${info.row.original.actor.type}`)}
            </span>
          </span>
        ),
      }),
      column.accessor('action', {
        header: t('audit.columns.action'),
        cell: (info) => (
          <code className="rounded bg-surface-muted px-1.5 py-0.5 text-xs">{info.getValue()}</code>
        ),
      }),
      ...(showTarget
        ? [
            column.accessor('target', {
              header: t('audit.columns.target'),
              cell: (info) => <Target entry={info.row.original} />,
            }),
          ]
        : []),
      column.display({
        id: 'details',
        header: t('audit.columns.details'),
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
