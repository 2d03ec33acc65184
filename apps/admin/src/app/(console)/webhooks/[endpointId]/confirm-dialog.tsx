'use client';

import { Alert, Button, Dialog } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** Asks before an action that cannot be undone (a secret rotated, an endpoint deleted). */
export const ConfirmDialog = ({
  open,
  title,
  description,
  confirm,
  danger = false,
  pending,
  failed,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  description: string;
  confirm: string;
  danger?: boolean;
  pending: boolean;
  failed: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) => {
  const t = useTranslations('outboundWebhooks');
  return (
    <Dialog
      open={open}
      onClose={() => (pending ? undefined : onClose())}
      role="alertdialog"
      title={title}
      description={description}
      actions={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            {t('cancel')}
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} loading={pending} onClick={onConfirm}>
            {confirm}
          </Button>
        </>
      }
    >
      {failed ? <Alert tone="danger">{t('actionFailed')}</Alert> : null}
    </Dialog>
  );
};
