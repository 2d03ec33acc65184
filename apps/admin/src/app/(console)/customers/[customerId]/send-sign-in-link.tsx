'use client';

import { Button } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { errorKey } from '@/components/query-error.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';

const failureKey = (error: unknown) => {
  const failure = saveFailure(error);
  if (failure?.appCode === 'customer_blocked') return 'blocked';
  if (failure?.code === 'TOO_MANY_REQUESTS') return 'rateLimited';
  return errorKey(error) === 'forbidden' ? 'forbidden' : 'failed';
};

/**
 * Support's answer to "I can't get in": emails her a link to the portal where she chooses a
 * password and is in; says where it went, or why it could not.
 */
export const SendSignInLink = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customer.signInLink');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const send = useMutation(
    trpc.customers.sendPasswordLink.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    }),
  );
  return (
    <span className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        loading={send.isPending}
        onClick={() => send.mutate({ customerId })}
      >
        {t('send')}
      </Button>
      <span role="status" className="text-sm">
        {send.data ? t('sent', { email: send.data.sentTo }) : null}
        {send.error ? (
          <span className="font-semibold text-danger-700">{t(failureKey(send.error))}</span>
        ) : null}
      </span>
    </span>
  );
};
