'use client';

import { formatMoney, formatPoints } from '@fidele/ui';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { auditChangesOf } from './audit-changes.tsx';
import type { AuditEntry } from './audit-ref.tsx';

const field = (data: unknown, key: string): unknown =>
  data && typeof data === 'object' && key in data
    ? (data as Record<string, unknown>)[key]
    : undefined;

/**
 * What an entry did, in a line: an edit's changes; else the points and reasons of an adjustment,
 * a code, a till's receipt number and amount, the name of a shop or key.
 */
export const AuditDetails = ({ entry }: { entry: AuditEntry }) => {
  const t = useTranslations('audit');
  const locale = useLocale();
  const changes = auditChangesOf(entry.action, entry.data);
  if (changes) return changes;
  const data = entry.data;
  const text = (key: string) =>
    typeof field(data, key) === 'string' ? (field(data, key) as string) : undefined;
  const count = (key: string) =>
    typeof field(data, key) === 'number' ? (field(data, key) as number) : undefined;
  const currency = text('currency') ?? 'EUR';
  const parts: ReactNode[] = [];
  const code = text('code');
  if (code)
    parts.push(
      <Link
        key="code"
        href={`/codes/${code}`}
        className="font-mono text-xs text-brand-800 underline-offset-2 hover:underline"
      >
        {code}
      </Link>,
    );
  const external = text('externalId');
  if (external) parts.push(<span key="external">{t('details.external', { id: external })}</span>);
  const amount = count('amount');
  if (amount !== undefined)
    parts.push(
      <span key="amount" className="tabular-nums">
        {formatMoney(amount, currency, locale)}
      </span>,
    );
  const amountOff = count('amountOff');
  if (amountOff !== undefined)
    parts.push(
      <span key="amountOff" className="tabular-nums">
        {t('details.amountOff', { amount: formatMoney(amountOff, currency, locale) })}
      </span>,
    );
  if (field(data, 'rolledBack') === true)
    parts.push(<span key="rolledBack">{t('details.rolledBack')}</span>);
  const points = count('points');
  if (points !== undefined)
    parts.push(
      <span key="points" className="font-semibold tabular-nums">
        {t('details.points', { points: formatPoints(points, locale, { signed: true }) })}
      </span>,
    );
  // An adjustment's reason for the customer, then the internal note.
  const customerReason = text('customerReason');
  if (customerReason) parts.push(<q key="customerReason">{customerReason}</q>);
  const reason = text('reason');
  if (reason) parts.push(<q key="reason">{reason}</q>);
  const cost = count('pointsCost');
  if (cost !== undefined)
    parts.push(
      <span key="cost" className="tabular-nums">
        {t('details.cost', { points: cost })}
      </span>,
    );
  const refunded = count('pointsRefunded');
  if (refunded !== undefined)
    parts.push(
      <span key="refunded" className="font-semibold tabular-nums">
        {t('details.refunded', { points: refunded })}
      </span>,
    );
  // The target column already names what was created or revoked.
  const name = text('name');
  if (name && name !== entry.target?.name) parts.push(<span key="name">{name}</span>);
  const prefix = text('prefix');
  if (prefix)
    parts.push(
      <span key="prefix" className="font-mono text-xs">
        {prefix}…
      </span>,
    );
  const filters = field(data, 'filters');
  if (filters && typeof filters === 'object' && Object.keys(filters).length)
    parts.push(
      <span key="filters" className="break-all">
        {t('details.filters', {
          filters: Object.entries(filters)
            .map(
              ([key, value]) =>
                `${key} ${typeof value === 'string' ? value : JSON.stringify(value)}`,
            )
            .join(', '),
        })}
      </span>,
    );
  return parts.length ? (
    <span className="flex flex-wrap gap-x-2 break-words">{parts}</span>
  ) : (
    <span className="text-ink-muted">—</span>
  );
};
