'use client';

import { Alert, Button, DateTime } from '@fidele/ui';
import { customerBlockInput } from '@fidele/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { errorKey } from '@/components/query-error.tsx';
import { ReasonDialog } from '@/components/reason-dialog.tsx';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { CustomerDialogProps } from './customer-dialog.ts';

/** Blocks or unblocks her account, then reloads what shows her (and the audit trail). */
const useSetBlocked = (onDone?: () => void) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.customers.setBlocked.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
        onDone?.();
      },
    }),
  );
};

const failureKey = (error: unknown) => (errorKey(error) === 'forbidden' ? 'forbidden' : 'failed');

/** Asks why before blocking (staff read it; she never does), then blocks. */
export const BlockCustomerDialog = ({ customerId, name, open, onClose }: CustomerDialogProps) => {
  const t = useTranslations('customer.block');
  const block = useSetBlocked(() => close());
  const close = () => {
    block.reset();
    onClose();
  };
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
      busy={block.isPending}
      reasonRefused={serverFieldErrors(block.error).includes('reason')}
      accepts={(reason) =>
        customerBlockInput.safeParse({ customerId, blocked: true, reason }).success
      }
      failure={block.error ? t(failureKey(block.error)) : null}
      onConfirm={(reason) => block.mutate({ customerId, blocked: true, reason })}
      onClose={close}
    />
  );
};

/** What staff see of a blocked account: since when, by whom, why, and the way to unblock it. */
export const BlockedNotice = ({
  customerId,
  blocked,
  canUnblock,
}: {
  customerId: string;
  blocked: { at: Date; reason: string | null; by: string | null };
  canUnblock: boolean;
}) => {
  const t = useTranslations('customer.block');
  const unblock = useSetBlocked();
  return (
    <div data-testid="customer-blocked">
      <Alert
        tone="danger"
        title={t('blockedTitle')}
        action={
          canUnblock ? (
            <Button
              size="sm"
              variant="secondary"
              loading={unblock.isPending}
              onClick={() => unblock.mutate({ customerId, blocked: false })}
            >
              {t('unblock')}
            </Button>
          ) : null
        }
      >
        <p>
          {blocked.by ? t('blockedBy', { name: blocked.by }) : t('blockedOn')}{' '}
          <DateTime value={blocked.at} />
          {blocked.reason ? ` — ${blocked.reason}` : null}
        </p>
        <p>{t('effects')}</p>
        {unblock.error ? <p className="font-semibold">{t(failureKey(unblock.error))}</p> : null}
      </Alert>
    </div>
  );
};
