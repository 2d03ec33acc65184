'use client';

import { pointsAdjustmentInput } from '@fidele/validators';
import { Alert, Button, Card, Dialog, formatPoints, TextAreaField, TextField } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '@/trpc/react.tsx';

type Adjustment = {
  points: number;
  customerReason: string;
  reason: string | undefined;
  qualifying: boolean;
};
type FieldErrors = {
  points?: 'invalid' | 'insufficient';
  customerReason?: 'invalid';
  reason?: 'invalid';
};
type AdjustmentForm = {
  points: string;
  customerReason: string;
  reason: string;
  qualifying: boolean;
};
const EMPTY_FORM: AdjustmentForm = {
  points: '',
  customerReason: '',
  reason: '',
  qualifying: false,
};

/** Reads the form with the procedure's own schema, so the browser and the server agree. */
const readAdjustment = (
  customerId: string,
  form: AdjustmentForm,
): { adjustment: Adjustment } | { errors: FieldErrors } => {
  const points = form.points.trim() === '' ? Number.NaN : Number(form.points);
  const parsed = pointsAdjustmentInput.safeParse({
    customerId,
    points,
    customerReason: form.customerReason,
    reason: form.reason,
    qualifying: form.qualifying,
  });
  if (parsed.success)
    return {
      adjustment: {
        points: parsed.data.points,
        customerReason: parsed.data.customerReason,
        reason: parsed.data.reason,
        // Only a credit can count towards the tier.
        qualifying: parsed.data.qualifying && parsed.data.points > 0,
      },
    };
  const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return {
    errors: {
      ...(fields.has('points') ? { points: 'invalid' as const } : {}),
      ...(fields.has('customerReason') ? { customerReason: 'invalid' as const } : {}),
      ...(fields.has('reason') ? { reason: 'invalid' as const } : {}),
    },
  };
};

/**
 * Credit or debit points by hand, with a reason for the customer's history, an optional internal
 * note and a confirmation; a credit may count
 * towards the tier like a purchase. The new balance, the tier and the audit entry then show on
 * the page (the queries they come from are refreshed).
 */
export const AdjustPointsForm = ({
  customerId,
  customerName,
  balance,
}: {
  customerId: string;
  customerName: string;
  balance: number | undefined;
}) => {
  const t = useTranslations('adjust');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState<Adjustment | null>(null);
  const [done, setDone] = useState<{ points: number; balance: number } | null>(null);

  const adjust = useMutation(
    trpc.points.adjust.mutationOptions({
      onSuccess: async (result, input) => {
        setPending(null);
        setForm(EMPTY_FORM);
        setDone({ points: input.points, balance: result.balance });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
      onError: () => setPending(null),
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    adjust.reset();
    const read = readAdjustment(customerId, form);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    if (balance !== undefined && balance + read.adjustment.points < 0) {
      setErrors({ points: 'insufficient' });
      return;
    }
    setErrors({});
    setPending(read.adjustment);
  };

  const errorCode = (adjust.error as { data?: { code?: string } } | null)?.data?.code;
  const signed = (points: number) => formatPoints(points, locale, { signed: true });

  return (
    <Card title={t('title')}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <p className="text-sm text-ink-muted">{t('description')}</p>
        {done ? (
          <Alert tone="success" title={t('done.title', { points: signed(done.points) })}>
            {t('done.balance', { balance: formatPoints(done.balance, locale) })}
          </Alert>
        ) : null}
        {adjust.error ? (
          <Alert tone="danger">
            {errorCode === 'UNPROCESSABLE_CONTENT'
              ? t('errors.insufficient', { balance: formatPoints(balance ?? 0, locale) })
              : errorCode === 'FORBIDDEN'
                ? t('errors.forbidden')
                : t('errors.failed')}
          </Alert>
        ) : null}
        <TextField
          label={t('points')}
          name="points"
          type="number"
          inputMode="numeric"
          step={1}
          value={form.points}
          onChange={(event) => setForm({ ...form, points: event.target.value })}
          hint={t('pointsHint')}
          error={
            errors.points === 'insufficient'
              ? t('errors.insufficient', { balance: formatPoints(balance ?? 0, locale) })
              : errors.points
                ? t('errors.points')
                : undefined
          }
          required
        />
        <TextAreaField
          label={t('customerReason')}
          name="customerReason"
          rows={2}
          maxLength={200}
          value={form.customerReason}
          onChange={(event) => setForm({ ...form, customerReason: event.target.value })}
          hint={t('customerReasonHint')}
          error={errors.customerReason ? t('errors.customerReason') : undefined}
          required
        />
        <TextAreaField
          label={t('reason')}
          name="reason"
          rows={3}
          maxLength={500}
          value={form.reason}
          onChange={(event) => setForm({ ...form, reason: event.target.value })}
          hint={t('reasonHint')}
          error={errors.reason ? t('errors.reason') : undefined}
        />
        <div className="flex flex-col gap-1">
          <label className="inline-flex min-h-10 items-center gap-2 text-sm font-medium text-ink">
            <input
              type="checkbox"
              name="qualifying"
              className="size-5 accent-brand-700"
              checked={form.qualifying}
              onChange={(event) => setForm({ ...form, qualifying: event.target.checked })}
              aria-describedby="adjust-qualifying-hint"
              data-testid="adjust-qualifying"
            />
            {t('qualifying')}
          </label>
          <p id="adjust-qualifying-hint" className="text-sm text-ink-muted">
            {t('qualifyingHint')}
          </p>
        </div>
        <Button type="submit">{t('submit')}</Button>
      </form>
      <Dialog
        open={pending !== null}
        onClose={() => (adjust.isPending ? undefined : setPending(null))}
        role="alertdialog"
        title={t('confirm.title')}
        description={
          pending
            ? t(pending.points > 0 ? 'confirm.credit' : 'confirm.debit', {
                points: formatPoints(Math.abs(pending.points), locale),
                name: customerName,
              })
            : undefined
        }
        actions={
          <>
            <Button
              variant="secondary"
              onClick={() => setPending(null)}
              disabled={adjust.isPending}
            >
              {t('confirm.cancel')}
            </Button>
            <Button
              variant={pending && pending.points < 0 ? 'danger' : 'primary'}
              loading={adjust.isPending}
              onClick={() => pending && adjust.mutate({ customerId, ...pending })}
            >
              {t('confirm.submit')}
            </Button>
          </>
        }
      >
        {pending ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-ink-muted">{t('confirm.change')}</dt>
            <dd className="font-semibold tabular-nums">{signed(pending.points)}</dd>
            {balance !== undefined ? (
              <>
                <dt className="text-ink-muted">{t('confirm.newBalance')}</dt>
                <dd className="font-semibold tabular-nums">
                  {formatPoints(balance + pending.points, locale)}
                </dd>
              </>
            ) : null}
            <dt className="text-ink-muted">{t('customerReason')}</dt>
            <dd className="break-words">{pending.customerReason}</dd>
            {pending.reason ? (
              <>
                <dt className="text-ink-muted">{t('reason')}</dt>
                <dd className="break-words">{pending.reason}</dd>
              </>
            ) : null}
            {pending.qualifying ? (
              <>
                <dt className="text-ink-muted">{t('confirm.tier')}</dt>
                <dd>{t('confirm.qualifying')}</dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </Dialog>
    </Card>
  );
};
