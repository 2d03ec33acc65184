'use client';

import { Alert, Button } from '@fidele/ui';
import { useTranslations } from 'next-intl';

type ErrorLike = { data?: { code?: string } | null } | null;

/** The translation key (under `errors`) for a failed tRPC call: never the raw message. */
export const errorKey = (error: unknown): string => {
  switch ((error as ErrorLike)?.data?.code) {
    case 'UNAUTHORIZED':
      return 'signedOut';
    case 'FORBIDDEN':
      return 'forbidden';
    case 'NOT_FOUND':
      return 'notFound';
    case 'BAD_REQUEST':
      return 'badRequest';
    default:
      return 'generic';
  }
};

/** The tRPC code of a failed call ("FORBIDDEN", "CONFLICT", …); undefined when it did not fail. */
export const failureCode = (error: unknown): string | undefined =>
  error ? ((error as ErrorLike)?.data?.code ?? 'INTERNAL_SERVER_ERROR') : undefined;

/** A failed load, in words, with a way to try again when that can help. */
export const QueryError = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const t = useTranslations('errors');
  const key = errorKey(error);
  return (
    <Alert
      tone="danger"
      title={t(key)}
      action={
        // Asking again only helps when the failure was ours, not a refusal or a missing record.
        onRetry && key === 'generic' ? (
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    />
  );
};
