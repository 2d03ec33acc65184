'use client';

import { Alert, buttonStyles } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { appCodeOf } from './claim-error.ts';
import { QueryError } from './query-error.tsx';

/** A game that failed to load: gone (ended, withdrawn, not hers) leads back to the games. */
export const GameLoadError = ({ error, onRetry }: { error: unknown; onRetry: () => void }) => {
  const t = useTranslations('games');
  if (appCodeOf(error) !== 'game_not_found') return <QueryError onRetry={onRetry} />;
  return (
    <Alert
      tone="info"
      title={t('errors.game_not_found')}
      action={
        <Link href="/games" className={buttonStyles({ size: 'sm', variant: 'secondary' })}>
          {t('back')}
        </Link>
      }
    />
  );
};
