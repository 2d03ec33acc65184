'use client';

import { Alert, Button } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** Anything a page throws while rendering: said in words, never as a stack trace. */
const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => {
  const t = useTranslations('errors');
  return (
    <main className="mx-auto flex min-h-[50dvh] max-w-lg flex-col justify-center px-4">
      <Alert
        tone="danger"
        title={t('generic')}
        action={
          <Button variant="secondary" size="sm" onClick={reset}>
            {t('retry')}
          </Button>
        }
      />
    </main>
  );
};

export default ErrorPage;
