'use client';

import { Alert, Button, Dialog } from '@fidele/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/trpc/react.tsx';

/** A new secret replaces the old one at once: deliveries signed with the old one are refused. */
export const RotateWebhookSecretDialog = ({
  shop,
  replacing,
  onClose,
  onRotated,
}: {
  shop: { id: string; name: string } | null;
  replacing: boolean;
  onClose: () => void;
  onRotated: (secret: string) => Promise<unknown>;
}) => {
  const t = useTranslations('webhooks.rotateDialog');
  const trpc = useTRPC();
  const rotate = useMutation(
    trpc.shops.rotateWebhookSecret.mutationOptions({
      onSuccess: async ({ secret }) => {
        close();
        await onRotated(secret);
      },
    }),
  );
  const close = () => {
    rotate.reset();
    onClose();
  };
  return (
    <Dialog
      open={shop !== null}
      onClose={() => (rotate.isPending ? undefined : close())}
      role="alertdialog"
      title={t('title', { shop: shop?.name ?? '' })}
      description={replacing ? t('replaceDescription') : t('description')}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={rotate.isPending}>
            {t('cancel')}
          </Button>
          <Button
            variant={replacing ? 'danger' : 'primary'}
            loading={rotate.isPending}
            onClick={() => shop && rotate.mutate({ shopId: shop.id })}
          >
            {t('confirm')}
          </Button>
        </>
      }
    >
      {rotate.error ? <Alert tone="danger">{t('failed')}</Alert> : null}
    </Dialog>
  );
};
