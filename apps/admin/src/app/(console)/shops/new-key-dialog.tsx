'use client';

import { useTranslations } from 'next-intl';
import type { StaffOutputs } from '@/trpc/types.ts';
import { OneTimeSecretDialog } from '@/components/one-time-secret-dialog.tsx';

/** The one and only time the plain key is shown. */
export const NewKeyDialog = ({
  issued,
  onClose,
}: {
  issued: StaffOutputs['apiKeys']['create'] | null;
  onClose: () => void;
}) => {
  const t = useTranslations('apiKeys.issued');
  return (
    <OneTimeSecretDialog
      secret={issued?.key ?? null}
      testId="new-api-key"
      onClose={onClose}
      messages={{
        title: t('title', { name: issued?.name ?? '' }),
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
