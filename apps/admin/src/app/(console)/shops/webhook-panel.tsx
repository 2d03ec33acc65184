'use client';

import { Badge, Button, Card, CopyButton, Skeleton } from '@fidele/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { OneTimeSecretDialog } from '@/components/one-time-secret-dialog.tsx';
import { RotateWebhookSecretDialog } from './rotate-webhook-secret-dialog.tsx';

/** Where an e-shop pushes its signed order events, and the secret it signs them with. */
export const WebhookPanel = ({
  shop,
  apiUrl,
}: {
  shop: { id: string; name: string };
  apiUrl: string;
}) => {
  const t = useTranslations('webhooks');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.shops.webhooks.queryOptions());
  const [confirming, setConfirming] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const endpointId = useId();
  const endpoint = `${apiUrl}/api/v1/webhooks/orders/${shop.id}`;
  const secretSet = settings.data?.find((setting) => setting.shopId === shop.id)?.secretSet;

  const onRotated = async (newSecret: string) => {
    setSecret(newSecret);
    await queryClient.invalidateQueries({ queryKey: trpc.shops.webhooks.queryKey() });
  };

  return (
    <Card title={t('title')}>
      <div className="flex flex-col gap-5">
        <div className="flex flex-col gap-2">
          <p id={endpointId} className="text-sm font-medium">
            {t('endpoint')}
          </p>
          <code
            aria-labelledby={endpointId}
            data-testid="webhook-endpoint"
            className="block rounded-control bg-surface-muted px-3 py-2 font-mono text-sm break-all"
          >
            {endpoint}
          </code>
          <CopyButton
            value={endpoint}
            labels={{ copy: t('copyEndpoint'), copied: t('copied') }}
            size="sm"
            className="self-start"
          />
          <p className="text-sm text-ink-muted">{t('scheme')}</p>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          {settings.error ? (
            <QueryError error={settings.error} onRetry={() => settings.refetch()} />
          ) : secretSet === undefined ? (
            <Skeleton className="h-6 w-40" />
          ) : (
            <p className="flex items-center gap-2 text-sm">
              <span className="font-medium">{t('secret')}</span>
              <Badge tone={secretSet ? 'success' : 'warning'} data-testid="webhook-secret-status">
                {secretSet ? t('secretSet') : t('secretMissing')}
              </Badge>
            </p>
          )}
          <Button
            variant="secondary"
            disabled={secretSet === undefined}
            onClick={() => setConfirming(true)}
          >
            {t('generate')}
          </Button>
        </div>
      </div>
      <RotateWebhookSecretDialog
        shop={confirming ? shop : null}
        replacing={secretSet === true}
        onClose={() => setConfirming(false)}
        onRotated={onRotated}
      />
      <OneTimeSecretDialog
        secret={secret}
        testId="new-webhook-secret"
        onClose={() => setSecret(null)}
        messages={{
          title: t('issued.title', { shop: shop.name }),
          warningTitle: t('issued.warningTitle'),
          warning: t('issued.warning'),
          label: t('issued.label'),
          copy: t('issued.copy'),
          copied: t('copied'),
          done: t('issued.done'),
        }}
      />
    </Card>
  );
};
