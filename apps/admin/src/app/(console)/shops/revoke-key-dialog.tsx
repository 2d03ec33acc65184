'use client';

import { Alert, Button, Dialog } from '@fidele/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';

/** Revoking cannot be undone: the till using the key is refused from its next request. */
export const RevokeKeyDialog = ({
  apiKey,
  onClose,
  onRevoked,
}: {
  apiKey: StaffOutputs['apiKeys']['list'][number] | null;
  onClose: () => void;
  onRevoked: () => Promise<unknown>;
}) => {
  const t = useTranslations('apiKeys.revokeDialog');
  const trpc = useTRPC();
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: async () => {
        await onRevoked();
        close();
      },
    }),
  );
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Dialog
      open={apiKey !== null}
      onClose={() => (revoke.isPending ? undefined : close())}
      role="alertdialog"
      title={t('title', { name: apiKey?.name ?? '' })}
      description={t('description')}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={revoke.isPending}>
            {t('cancel')}
          </Button>
          <Button
            variant="danger"
            loading={revoke.isPending}
            onClick={() => apiKey && revoke.mutate({ apiKeyId: apiKey.id })}
          >
            {t('confirm')}
          </Button>
        </>
      }
    >
      {revoke.error ? <Alert tone="danger">{t('failed')}</Alert> : null}
    </Dialog>
  );
};
