'use client';

import { Alert, Button } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** A failed load, said plainly, with a way to try again (never the raw error). */
export const QueryError = ({ onRetry }: { onRetry: () => void }) => {
  const t = useTranslations('common');
  return (
    <Alert
      tone="danger"
      title={t('errorTitle')}
      action={
        <Button variant="secondary" size="sm" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
    >
      {t('errorBody')}
    </Alert>
  );
};
