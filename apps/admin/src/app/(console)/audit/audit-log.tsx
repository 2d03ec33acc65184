'use client';

import { Button, EmptyState, Pagination, SelectField } from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { AuditTable } from '@/components/audit-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

const TARGETS = ['customer', 'reward', 'shop', 'api-key'] as const;
const ACTIONS = [
  'points.adjust',
  'shop.create',
  'api-key.create',
  'api-key.revoke',
  'customer.enrol',
  'code.cancel',
  'reward.create',
  'reward.update',
  'reward.archive',
  'reward.restore',
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
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
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

      {data && data.total > 0 ? (
        <Pagination
          page={data.page}
          pageCount={pageCount}
          onPageChange={(next) => navigate({ page: String(next) })}
          labels={{
            navigation: t('common.pages'),
            previous: t('common.previous'),
            next: t('common.next'),
            status: t('common.pageStatus', { page: data.page, pageCount, total: data.total }),
          }}
        />
      ) : null}
    </div>
  );
};
