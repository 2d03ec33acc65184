'use client';

import { customerErasureInput } from '@fidele/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { errorKey } from '@/components/query-error.tsx';
import { ReasonDialog } from '@/components/reason-dialog.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { CustomerDialogProps } from './customer-dialog.ts';

/**
 * Erases a customer's personal data at her request (the owner says how she asked: it goes to the
 * audit log), then reloads her page, which now shows the pseudonymous customer.
 */
export const EraseCustomerDialog = ({ customerId, name, open, onClose }: CustomerDialogProps) => {
  const t = useTranslations('customer.erase');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const erase = useMutation(
    trpc.customers.erase.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() });
        close();
      },
    }),
  );
  const close = () => {
    erase.reset();
    onClose();
  };
  const appCode = saveFailure(erase.error)?.appCode;
  return (
    <ReasonDialog
      open={open}
      title={t('title', { name })}
      description={t('description')}
      labels={{
        reason: t('reason'),
        hint: t('reasonHint'),
        error: t('reasonError'),
        cancel: t('cancel'),
        confirm: t('confirm'),
      }}
      busy={erase.isPending}
      reasonRefused={serverFieldErrors(erase.error).includes('reason')}
      accepts={(reason) => customerErasureInput.safeParse({ customerId, reason }).success}
      failure={
        erase.error
          ? appCode === 'customer_erased'
            ? t('alreadyErased')
            : errorKey(erase.error) === 'forbidden'
              ? t('forbidden')
              : t('failed')
          : null
      }
      onConfirm={(reason) => erase.mutate({ customerId, reason })}
      onClose={close}
    />
  );
};
