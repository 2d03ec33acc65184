'use client';

import { Button, EmptyState, SelectField } from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { AuditTable } from '@/components/audit-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

const TARGETS = [
  'customer',
  'reward',
  'shop',
  'api-key',
  'tier_ladder',
  'segment',
  'offer',
  'staff',
  'referral',
  'webhook_endpoint',
] as const;
const ACTIONS = [
  'points.adjust',
  'shop.create',
  'shop.webhook_secret.rotate',
  'api-key.create',
  'api-key.revoke',
  'customer.enrol',
  'customer.sign_up',
  'customer.profile_update',
  'code.cancel',
  'reward.create',
  'reward.update',
  'reward.archive',
  'reward.restore',
  'earn_rule.create',
  'earn_rule.update',
  'earn_rule.archive',
  'earn_rule.restore',
  'programme_settings.update',
  'tiers.save',
  'tier.pin',
  'tier.unpin',
  'segment.create',
  'segment.update',
  'segment.archive',
  'segment.restore',
  'offer.create',
  'offer.update',
  'offer.archive',
  'offer.restore',
  'staff.invite',
  'staff.invitation_resend',
  'staff.invitation_accept',
  'staff.update',
  'staff.disable',
  'staff.enable',
  'staff.password_reset',
  'staff.password_change',
  'customer.password_reset',
  'customer.password_change',
  'referral.approve',
  'referral.reject',
  'webhook_endpoint.create',
  'webhook_endpoint.update',
  'webhook_endpoint.rotate_secret',
  'webhook_endpoint.delete',
  'webhook_endpoint.test',
  'webhook_endpoint.replay',
] as const;
const PAGE_SIZE = 25;

/** The whole audit log, newest first; the filters live in the URL. */
export const AuditLog = () => {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const targetType = searchParams.get('target') ?? '';
  const targetId = searchParams.get('id') ?? '';
  const action = searchParams.get('action') ?? '';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);

  const navigate = (next: Record<string, string>) => {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(next))
      if (value) params.set(key, value);
      else params.delete(key);
    if (!('page' in next)) params.delete('page');
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  const audit = useQuery({
    ...trpc.audit.list.queryOptions({
      target: targetType ? { type: targetType, id: targetId || undefined } : undefined,
      action: action || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const data = audit.data;
  const filtered = Boolean(targetType || action);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          label={t('audit.filters.target')}
          value={targetType}
          onChange={(event) => navigate({ target: event.target.value, id: '' })}
          options={[
            { value: '', label: t('audit.filters.allTargets') },
            ...TARGETS.map((type) => ({ value: type, label: t(`audit.targets.${type}`) })),
          ]}
          className="w-52"
        />
        <SelectField
          label={t('audit.filters.action')}
          value={action}
          onChange={(event) => navigate({ action: event.target.value })}
          options={[
            { value: '', label: t('audit.filters.allActions') },
            ...ACTIONS.map((code) => ({ value: code, label: code })),
          ]}
          className="w-52"
        />
        {filtered ? (
          <Button variant="ghost" onClick={() => navigate({ target: '', id: '', action: '' })}>
            {t('audit.filters.clear')}
          </Button>
        ) : null}
      </div>
      {targetId ? <p className="text-sm text-ink-muted">{t('audit.filters.oneTarget')}</p> : null}

      {audit.error ? (
        <QueryError error={audit.error} onRetry={() => audit.refetch()} />
      ) : (
        <AuditTable
          caption={t('audit.title')}
          entries={data?.items}
          empty={
            <EmptyState
              title={filtered ? t('audit.emptyFiltered') : t('audit.empty')}
              description={t('audit.emptyHint')}
            />
          }
        />
      )}

      <ListPagination data={data} onPageChange={(next) => navigate({ page: String(next) })} />
    </div>
  );
};
