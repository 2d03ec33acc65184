'use client';

import { inLanguage } from '@fidele/ui';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { StaffOutputs } from '@/trpc/types.ts';

export type AuditEntry = StaffOutputs['audit']['list']['items'][number];
type Ref = AuditEntry['actor'];

/** The back-office page of each kind of record, when it has one. */
const PAGES: Record<string, (id: string) => string> = {
  customer: (id) => `/customers/${id}`,
  CUSTOMER: (id) => `/customers/${id}`,
  staff: (id) => `/staff/${id}`,
  STAFF: (id) => `/staff/${id}`,
  reward: (id) => `/rewards/${id}`,
  segment: (id) => `/segments/${id}`,
  offer: (id) => `/offers/${id}`,
  private_sale: (id) => `/private-sales/${id}`,
  game: (id) => `/games/${id}`,
  contest: (id) => `/contests/${id}`,
  automation: (id) => `/messages/automations/${id}`,
  shop: () => '/shops',
  'api-key': () => '/shops',
  // What a key did: the log filtered to it.
  API_KEY: (id) => `/audit?actor=API_KEY&actorId=${id}`,
  earn_rule: () => '/earning',
  tier_ladder: () => '/tiers',
  programme_settings: () => '/settings',
  referral: () => '/referrals',
  webhook_endpoint: (id) => `/webhooks/${id}`,
};

const linkClass = 'text-brand-800 underline-offset-2 hover:underline';

/** An actor or a target by name, linked to its page; an erased customer only as erased. */
export const AuditRefName = ({ value, kind }: { value: Ref; kind: 'actor' | 'target' }) => {
  const t = useTranslations('audit');
  const locale = useLocale();
  const type =
    kind === 'actor'
      ? t(`actors.${value.type as 'STAFF'}`)
      : t.has(`targets.${value.type}`)
        ? t(`targets.${value.type as 'customer'}`)
        : value.type;
  const name = value.erased
    ? t('erased')
    : value.type === 'SYSTEM'
      ? t('system')
      : value.name !== null
        ? inLanguage(locale, value.name, value.nameFr)
        : kind === 'target'
          ? type
          : (value.id ?? '—');
  const page = value.id ? PAGES[value.type]?.(value.id) : undefined;
  const context =
    value.type === 'API_KEY' || value.type === 'api-key'
      ? value.context && t('keyOf', { shop: value.context })
      : value.context;
  return (
    <span className="flex flex-col">
      {page ? (
        <Link href={page} className={linkClass}>
          {name}
        </Link>
      ) : (
        <span>{name}</span>
      )}
      <span className="text-xs text-ink-muted">
        {[type === name ? null : type, context].filter(Boolean).join(' · ')}
      </span>
    </span>
  );
};
