'use client';

import { Card } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/back-link.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { EndpointForm } from '../endpoint-form.tsx';
import { newEndpointForm } from '../endpoint-form-values.ts';
import { EndpointSecretDialog } from '../secret-dialog.tsx';

/** A new endpoint: its secret is shown once, then its page opens. */
export const NewEndpoint = () => {
  const t = useTranslations('outboundWebhooks');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.webhooks.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.queryKey() }),
    }),
  );
  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/webhooks" namespace="outboundWebhooks" />}
        title={t('newTitle')}
      />
      <Card className="max-w-3xl">
        <EndpointForm
          initial={newEndpointForm}
          submitLabel={t('create')}
          result={{
            save: (input) => create.mutate(input),
            pending: create.isPending || create.isSuccess,
            failure: saveFailure(create.error),
            error: create.error,
          }}
        />
      </Card>
      <EndpointSecretDialog
        secret={create.data?.secret ?? null}
        onClose={() => router.push(`/webhooks/${create.data!.endpoint.id}`)}
      />
    </>
  );
};
