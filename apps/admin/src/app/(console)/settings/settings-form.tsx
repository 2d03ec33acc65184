'use client';

import { programmeSettingsInput } from '@fidele/validators';
import { Alert, Button, Card, RadioGroup, Skeleton, TextField } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

const FIELDS = ['pendingDays', 'expiryMonths', 'receiptClaimDays'] as const;
type Field = (typeof FIELDS)[number];

const REFUND_POLICIES = ['CAP_AT_BALANCE', 'DEBT'] as const;
type RefundPolicy = (typeof REFUND_POLICIES)[number];

/** The programme's settings, each with what it changes for members. */
export const SettingsForm = () => {
  const t = useTranslations('settings');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const [errors, setErrors] = useState<Field[]>([]);
  // Unset until staff pick one: the saved policy shows until then.
  const [policy, setPolicy] = useState<RefundPolicy | null>(null);
  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.get.queryKey() }),
    }),
  );

  if (settings.error)
    return <QueryError error={settings.error} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <Skeleton className="h-80 max-w-2xl" />;
  const refundPolicy = policy ?? settings.data.refundPolicy;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = (name: Field) => {
      const text = String(form.get(name) ?? '').trim();
      return /^\d+$/.test(text) ? Number(text) : Number.NaN;
    };
    const parsed = programmeSettingsInput.safeParse({
      pendingDays: number('pendingDays'),
      expiryMonths: number('expiryMonths'),
      receiptClaimDays: number('receiptClaimDays'),
      refundPolicy,
    });
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path[0] as Field);
      setErrors(fields);
      document.getElementById(`settings-${fields[0]}`)?.focus();
      return;
    }
    setErrors([]);
    update.mutate(parsed.data);
  };

  return (
    <Card className="max-w-2xl">
      <form onSubmit={submit} noValidate className="flex flex-col gap-5">
        {update.isSuccess ? <Alert tone="success" title={t('saved')} /> : null}
        {update.error ? <Alert tone="danger">{t('failed')}</Alert> : null}
        {FIELDS.map((field) => (
          <TextField
            key={field}
            id={`settings-${field}`}
            name={field}
            label={t(`${field}.label`)}
            hint={t(`${field}.hint`)}
            inputMode="numeric"
            defaultValue={String(settings.data[field])}
            error={errors.includes(field) ? t(`${field}.error`) : undefined}
          />
        ))}
        <RadioGroup
          legend={t('refundPolicy.label')}
          name="refundPolicy"
          id="settings-refundPolicy"
          value={refundPolicy}
          onChange={setPolicy}
          options={REFUND_POLICIES.map((value) => ({
            value,
            label: t(`refundPolicy.${value}.label`),
            hint: t(`refundPolicy.${value}.hint`),
          }))}
        />
        <Button type="submit" className="self-start" loading={update.isPending}>
          {t('save')}
        </Button>
      </form>
    </Card>
  );
};
