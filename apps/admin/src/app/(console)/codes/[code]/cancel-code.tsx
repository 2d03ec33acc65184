'use client';

import { codeCancelInput } from '@fidele/validators';
import { Alert, Button, Card, Dialog, TextAreaField } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { failureCode } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

const FORM_ID = 'cancel-code';

type CodeToCancel = {
  id: string;
  formatted: string;
  status: 'ACTIVE' | 'REDEEMED' | 'CANCELLED';
  pointsCost: number;
  customer: { id: string; name: string };
};

/**
 * "Cancel code": a reason, a confirmation saying what the customer gets back, then the refund
 * and the new balance. The code's page then shows its new status, event and audit entry.
 */
export const CancelCode = ({ code }: { code: CodeToCancel }) => {
  const t = useTranslations('codes.cancel');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const cancel = useMutation(
    trpc.codes.cancel.mutationOptions({
      onSuccess: () => setOpen(false),
      // Whatever happened, the code may have changed: show its latest state.
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.codes.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]),
    }),
  );
  const failure = failureCode(cancel.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = codeCancelInput.safeParse({ codeId: code.id, reason });
    setReasonError(!parsed.success);
    if (parsed.success) cancel.mutate(parsed.data);
  };

  const close = () => {
    if (cancel.isPending) return;
    setOpen(false);
    setReasonError(false);
    if (!cancel.isSuccess) cancel.reset();
  };

  if (cancel.data)
    return (
      <Alert tone="success" title={t('done', { points: cancel.data.pointsRefunded })}>
        {cancel.data.balance !== undefined
          ? t('balance', { name: code.customer.name, balance: cancel.data.balance })
          : null}
      </Alert>
    );

  if (code.status !== 'ACTIVE')
    return failure === 'CONFLICT' ? <Alert tone="warning">{t('notActive')}</Alert> : null;

  return (
    <Card title={t('title')}>
      <div className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">{t('description', { points: code.pointsCost })}</p>
        <Button
          variant="danger"
          className="self-start"
          onClick={() => {
            cancel.reset();
            setOpen(true);
          }}
        >
          {t('open')}
        </Button>
      </div>
      <Dialog
        open={open}
        onClose={close}
        role="alertdialog"
        title={t('confirmTitle', { code: code.formatted })}
        description={t('confirmDescription', {
          name: code.customer.name,
          points: code.pointsCost,
        })}
        actions={
          <>
            <Button variant="secondary" onClick={close} disabled={cancel.isPending}>
              {t('keep')}
            </Button>
            <Button type="submit" form={FORM_ID} variant="danger" loading={cancel.isPending}>
              {t('confirm')}
            </Button>
          </>
        }
      >
        <form id={FORM_ID} onSubmit={submit} noValidate className="flex flex-col gap-4">
          {failure ? (
            <Alert tone="danger">{failure === 'CONFLICT' ? t('notActive') : t('failed')}</Alert>
          ) : null}
          <TextAreaField
            label={t('reason')}
            name="reason"
            rows={3}
            maxLength={500}
            required
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            hint={t('reasonHint')}
            error={reasonError ? t('reasonError') : undefined}
          />
        </form>
      </Dialog>
    </Card>
  );
};
