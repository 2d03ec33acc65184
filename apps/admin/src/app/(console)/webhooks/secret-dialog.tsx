'use client';

import { useTranslations } from 'next-intl';
import { OneTimeSecretDialog } from '@/components/one-time-secret-dialog.tsx';

/** An endpoint's new signing secret, shown this once. */
export const EndpointSecretDialog = ({
  secret,
  onClose,
}: {
  secret: string | null;
  onClose: () => void;
}) => {
  const t = useTranslations('outboundWebhooks.secret');
  return (
    <OneTimeSecretDialog
      secret={secret}
      testId="webhook-endpoint-secret"
      onClose={onClose}
      messages={{
        title: t('title'),
        warningTitle: t('warningTitle'),
        warning: t('warning'),
        label: t('label'),
        copy: t('copy'),
        copied: t('copied'),
        done: t('done'),
      }}
    />
  );
};
