'use client';

import { Alert, Button, Card, DateTime, EmptyState, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { BackLink } from '@/components/back-link.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { RecordHistory } from '@/components/record-history.tsx';
import { errorKey, QueryError } from '@/components/query-error.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { EndpointForm } from '../endpoint-form.tsx';
import { endpointFormFrom } from '../endpoint-form-values.ts';
import { EndpointStatus } from '../endpoint-status.tsx';
import { EndpointSecretDialog } from '../secret-dialog.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { Deliveries } from './deliveries.tsx';

type Confirming = 'rotate' | 'delete' | null;

/** One endpoint: settings, secret rotation, a test event, deletion, and its deliveries. */
export const EndpointEditor = ({ endpointId }: { endpointId: string }) => {
  const t = useTranslations('outboundWebhooks');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const query = useQuery(trpc.webhooks.get.queryOptions({ endpointId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.pathKey() });
  const update = useMutation(trpc.webhooks.update.mutationOptions({ onSuccess: refresh }));
  const rotate = useMutation(
    trpc.webhooks.rotateSecret.mutationOptions({
      onSuccess: async (rotated) => {
        setConfirming(null);
        setSecret(rotated.secret);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.webhooks.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        router.push('/webhooks');
      },
    }),
  );
  const test = useMutation(trpc.webhooks.sendTest.mutationOptions({ onSuccess: refresh }));
  const back = <BackLink href="/webhooks" namespace="outboundWebhooks" />;

  if (query.error)
    return (
      <>
        <PageHeader eyebrow={back} title={t('title')} />
        {errorKey(query.error) === 'notFound' ? (
          <EmptyState title={t('notFound')} />
        ) : (
          <QueryError error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );

  const endpoint = query.data;
  if (!endpoint)
    return (
      <div aria-busy="true">
        <PageHeader eyebrow={back} title={<Skeleton className="h-9 w-72" />} />
        <Skeleton className="h-96 w-full" />
      </div>
    );

  const overlapping = endpoint.previousSecretUntil && endpoint.previousSecretUntil > new Date();
  return (
    <>
      <PageHeader
        eyebrow={back}
        title={<span className="break-all">{endpoint.url}</span>}
        description={<EndpointStatus endpoint={endpoint} />}
        actions={
          <>
            <Button
              variant="secondary"
              size="sm"
              loading={test.isPending}
              onClick={() => test.mutate({ endpointId })}
            >
              {t('test')}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setConfirming('rotate')}>
              {t('rotate')}
            </Button>
            <Button variant="danger" size="sm" onClick={() => setConfirming('delete')}>
              {t('delete')}
            </Button>
          </>
        }
      />
      <div className="mb-6 flex flex-col gap-3">
        {test.isSuccess ? <Alert tone="success">{t('testQueued')}</Alert> : null}
        {test.error ? (
          <Alert tone="danger">
            {saveFailure(test.error)?.appCode === 'rate_limited'
              ? t('testLimited')
              : t('actionFailed')}
          </Alert>
        ) : null}
        {endpoint.disabledForFailuresAt ? (
          <Alert tone="danger" title={t('switchedOff.title')}>
            {t.rich('switchedOff.description', {
              when: () => <DateTime value={endpoint.disabledForFailuresAt!} />,
            })}
          </Alert>
        ) : endpoint.failingSince ? (
          <Alert tone="warning">
            {t.rich('failingSince', { when: () => <DateTime value={endpoint.failingSince!} /> })}
          </Alert>
        ) : null}
        {overlapping ? (
          <Alert tone="info">
            {t.rich('overlap', { when: () => <DateTime value={endpoint.previousSecretUntil!} /> })}
          </Alert>
        ) : null}
      </div>
      <div className="flex flex-col gap-6">
        <Card title={t('settings')} className="max-w-3xl">
          <EndpointForm
            key={endpoint.url + endpoint.events.join() + String(endpoint.enabled)}
            initial={endpointFormFrom(endpoint)}
            submitLabel={t('save')}
            result={{
              save: (input) => update.mutate({ ...input, endpointId }),
              pending: update.isPending,
              failure: saveFailure(update.error),
              error: update.error,
              done: update.isSuccess ? <Alert tone="success" title={t('saved')} /> : null,
            }}
          />
        </Card>
        <Deliveries endpointId={endpointId} />
      </div>
      <RecordHistory
        target={{ type: 'webhook_endpoint', id: endpointId }}
        namespace="outboundWebhooks.history"
      />
      <ConfirmDialog
        open={confirming === 'rotate'}
        title={t('rotateDialog.title')}
        description={t('rotateDialog.description')}
        confirm={t('rotateDialog.confirm')}
        pending={rotate.isPending}
        failed={rotate.isError}
        onConfirm={() => rotate.mutate({ endpointId })}
        onClose={() => {
          rotate.reset();
          setConfirming(null);
        }}
      />
      <ConfirmDialog
        open={confirming === 'delete'}
        title={t('deleteDialog.title')}
        description={t('deleteDialog.description')}
        confirm={t('deleteDialog.confirm')}
        danger
        pending={remove.isPending || remove.isSuccess}
        failed={remove.isError}
        onConfirm={() => remove.mutate({ endpointId })}
        onClose={() => {
          remove.reset();
          setConfirming(null);
        }}
      />
      <EndpointSecretDialog secret={secret} onClose={() => setSecret(null)} />
    </>
  );
};
