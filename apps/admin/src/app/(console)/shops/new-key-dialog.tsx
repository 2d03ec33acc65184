'use client';

import { Alert, Button, CopyButton, Dialog } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { StaffOutputs } from '@/trpc/types.ts';

/** The one and only time the plain key is shown: copy it now, it cannot be shown again. */
export const NewKeyDialog = ({
  issued,
  onClose,
}: {
  issued: StaffOutputs['apiKeys']['create'] | null;
  onClose: () => void;
}) => {
  const t = useTranslations('apiKeys.issued');
  return (
    <Dialog
      open={issued !== null}
      onClose={onClose}
      title={t('title', { name: issued?.name ?? '' })}
      actions={<Button onClick={onClose}>{t('done')}</Button>}
    >
      {issued ? (
        <div className="flex flex-col gap-4">
          <Alert tone="warning" title={t('warningTitle')}>
            {t('warning')}
          </Alert>
          <div className="flex flex-col gap-2">
            <p id="new-api-key-label" className="text-sm font-medium">
              {t('label')}
            </p>
            <output
              aria-labelledby="new-api-key-label"
              data-testid="new-api-key"
              className="block rounded-control bg-surface-muted px-3 py-2 font-mono text-sm break-all select-all"
            >
              {issued.key}
            </output>
            <CopyButton
              value={issued.key}
              labels={{ copy: t('copy'), copied: t('copied') }}
              size="sm"
              className="self-start"
            />
          </div>
        </div>
      ) : null}
    </Dialog>
  );
};
