'use client';

import { apiKeyCreateInput } from '@fidele/validators';
import { Alert, Badge, Button, Card, DateTime, EmptyState, TextField } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type FormEvent, useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { NewKeyDialog } from './new-key-dialog.tsx';
import { RevokeKeyDialog } from './revoke-key-dialog.tsx';

type Shop = StaffOutputs['shops']['list'][number];
type ApiKey = StaffOutputs['apiKeys']['list'][number];
type IssuedKey = StaffOutputs['apiKeys']['create'];

const column = createColumnHelper<ApiKey>();

/** A shop's API keys: issue one (shown once), see when each was last used, revoke. */
export const ApiKeysPanel = ({ shop }: { shop: Shop }) => {
  const t = useTranslations('apiKeys');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.apiKeys.list.queryOptions({ shopId: shop.id }));
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [nameError, setNameError] = useState(false);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey({ shopId: shop.id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.shops.list.queryKey() }),
    ]);

  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: async (key) => {
        setIssued(key);
        await refresh();
      },
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = apiKeyCreateInput.safeParse({
      shopId: shop.id,
      name: new FormData(form).get('name'),
    });
    setNameError(!parsed.success);
    if (parsed.success) create.mutate(parsed.data, { onSuccess: () => form.reset() });
  };

  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: t('columns.name'),
        // What the key did: purchases, refunds, redemptions, in the audit log.
        cell: (info) => (
          <Link
            href={`/audit?actor=API_KEY&actorId=${info.row.original.id}`}
            title={t('auditNamed', { name: info.getValue() })}
            className="font-semibold text-brand-800 underline-offset-2 hover:underline"
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor('prefix', {
        header: t('columns.prefix'),
        cell: (info) => <code className="text-xs">{info.getValue()}…</code>,
      }),
      column.accessor('createdAt', {
        header: t('columns.created'),
        cell: (info) => (
          <DateTime value={info.getValue()} format="date" className="whitespace-nowrap" />
        ),
      }),
      column.accessor('lastUsedAt', {
        header: t('columns.lastUsed'),
        cell: (info) => {
          const used = info.getValue();
          return used ? (
            <DateTime value={used} className="whitespace-nowrap" />
          ) : (
            <span className="text-ink-muted">{t('neverUsed')}</span>
          );
        },
      }),
      column.accessor('revokedAt', {
        header: t('columns.status'),
        cell: (info) => {
          const revoked = info.getValue();
          return revoked ? (
            <span className="flex flex-col gap-0.5">
              <Badge tone="danger">{t('revoked')}</Badge>
              <DateTime value={revoked} format="date" className="text-xs text-ink-muted" />
            </span>
          ) : (
            <Badge tone="success">{t('active')}</Badge>
          );
        },
      }),
      column.display({
        id: 'actions',
        meta: { pin: 'end' },
        header: () => <span className="sr-only">{t('columns.actions')}</span>,
        cell: (info) =>
          info.row.original.revokedAt ? null : (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => setRevoking(info.row.original)}
              aria-label={t('revokeNamed', { name: info.row.original.name })}
            >
              {t('revoke')}
            </Button>
          ),
      }),
    ],
    [t],
  );

  return (
    <Card title={t('title', { shop: shop.name })}>
      <div className="flex flex-col gap-5">
        <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3">
          <TextField
            label={t('newName')}
            name="name"
            maxLength={120}
            placeholder={t('newNamePlaceholder')}
            error={nameError ? t('nameError') : undefined}
            className="w-full max-w-xs"
          />
          <Button type="submit" loading={create.isPending}>
            {t('create')}
          </Button>
        </form>
        {create.error ? <Alert tone="danger">{t('createFailed')}</Alert> : null}
        {keys.error ? (
          <QueryError error={keys.error} onRetry={() => keys.refetch()} />
        ) : (
          <DataTable
            caption={t('title', { shop: shop.name })}
            columns={columns}
            rows={keys.data}
            rowKey={(row) => row.id}
            skeletonRows={2}
            empty={<EmptyState title={t('empty.title')} description={t('empty.description')} />}
          />
        )}
      </div>
      <NewKeyDialog issued={issued} onClose={() => setIssued(null)} />
      <RevokeKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} onRevoked={refresh} />
    </Card>
  );
};
