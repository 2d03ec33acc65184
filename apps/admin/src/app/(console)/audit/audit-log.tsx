'use client';

import {
  actionMessageKey,
  AUDIT_ACTIONS,
  AUDIT_AREAS,
  AUDIT_TARGET_TYPES,
} from '@fidele/core/audit/actions';
import { Button, buttonStyles, EmptyState, SelectField, TextField } from '@fidele/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { AuditTable } from '@/components/audit/audit-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { ACTOR_TYPES, auditFilterFromQuery } from './audit-filter.ts';

const FILTER_KEYS = ['from', 'to', 'actor', 'actorId', 'action', 'target', 'id'];
const PAGE_SIZE = 25;

type Filter = ReturnType<typeof auditFilterFromQuery>;

/** The whole audit log, newest first; the filters live in the URL, the pages' cursors in state. */
export const AuditLog = () => {
  const searchParams = useSearchParams();
  // A new filter starts again from the newest entries: its pages are another list.
  return <AuditPages key={searchParams.toString()} filter={auditFilterFromQuery(searchParams)} />;
};

const AuditPages = ({ filter }: { filter: Filter }) => {
  const t = useTranslations('audit');
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // The cursors of the pages before the one shown, newest first: "newer" goes back one.
  const [cursors, setCursors] = useState<string[]>([]);

  const navigate = (next: Record<string, string>) => {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(next))
      if (value) params.set(key, value);
      else params.delete(key);
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  const audit = useQuery({
    ...trpc.audit.list.queryOptions({
      ...filter,
      cursor: cursors.at(-1),
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const data = audit.data;
  const filtered = FILTER_KEYS.some((key) => searchParams.has(key));
  const query = searchParams.toString();

  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t('filters.legend')}</legend>
        <TextField
          type="date"
          label={t('filters.from')}
          value={searchParams.get('from') ?? ''}
          max={searchParams.get('to') ?? undefined}
          onChange={(event) => navigate({ from: event.target.value })}
          className="w-40"
        />
        <TextField
          type="date"
          label={t('filters.to')}
          value={searchParams.get('to') ?? ''}
          min={searchParams.get('from') ?? undefined}
          onChange={(event) => navigate({ to: event.target.value })}
          className="w-40"
        />
        <SelectField
          label={t('filters.actor')}
          value={searchParams.get('actor') ?? ''}
          onChange={(event) => navigate({ actor: event.target.value, actorId: '' })}
          options={[
            { value: '', label: t('filters.anyone') },
            ...ACTOR_TYPES.map((type) => ({ value: type, label: t(`actors.${type}`) })),
          ]}
          className="w-40"
        />
        <SelectField
          label={t('filters.action')}
          value={searchParams.get('action') ?? ''}
          onChange={(event) => navigate({ action: event.target.value })}
          options={[
            { value: '', label: t('filters.allActions') },
            ...AUDIT_AREAS.flatMap((area) => {
              const group = t(`areas.${area}`);
              return [
                { value: `area:${area}`, label: t('filters.wholeArea', { area: group }), group },
                ...AUDIT_ACTIONS[area].map((action) => ({
                  value: action,
                  label: t(`actions.${actionMessageKey(action)}`),
                  group,
                })),
              ];
            }),
          ]}
          className="w-64"
        />
        <SelectField
          label={t('filters.target')}
          value={searchParams.get('target') ?? ''}
          onChange={(event) => navigate({ target: event.target.value, id: '' })}
          options={[
            { value: '', label: t('filters.allTargets') },
            ...AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: t(`targets.${type}`) })),
          ]}
          className="w-48"
        />
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() => navigate(Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])))}
          >
            {t('filters.clear')}
          </Button>
        ) : null}
        <a
          href={`/api/audit/csv${query ? `?${query}` : ''}`}
          download
          className={buttonStyles({ variant: 'secondary' })}
        >
          {t('export')}
        </a>
      </fieldset>
      <p className="text-sm text-ink-muted">{t('filters.dateHint')}</p>
      {searchParams.get('id') ? (
        <p className="text-sm text-ink-muted">{t('filters.oneTarget')}</p>
      ) : null}
      {searchParams.get('actorId') ? (
        <p className="text-sm text-ink-muted">{t('filters.oneActor')}</p>
      ) : null}

      {audit.error ? (
        <QueryError error={audit.error} onRetry={() => audit.refetch()} />
      ) : (
        <AuditTable
          caption={t('title')}
          entries={data?.items}
          empty={
            <EmptyState
              title={filtered ? t('emptyFiltered') : t('empty')}
              description={t('emptyHint')}
            />
          }
        />
      )}

      <nav aria-label={t('pages.label')} className="flex flex-wrap justify-end gap-2">
        {cursors.length > 1 ? (
          <Button variant="ghost" onClick={() => setCursors([])}>
            {t('pages.newest')}
          </Button>
        ) : null}
        <Button
          variant="secondary"
          disabled={!cursors.length}
          onClick={() => setCursors((list) => list.slice(0, -1))}
        >
          {t('pages.newer')}
        </Button>
        <Button
          variant="secondary"
          disabled={!data?.nextCursor}
          onClick={() => data?.nextCursor && setCursors((list) => [...list, data.nextCursor!])}
        >
          {t('pages.older')}
        </Button>
      </nav>
    </div>
  );
};
