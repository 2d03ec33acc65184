'use client';

import { programmeSettingsInput } from '@fidele/validators';
import { Alert, Button, Card, RadioGroup, SelectField, Skeleton, TextField } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

const FIELDS = ['pendingDays', 'expiryMonths', 'receiptClaimDays', 'valueOf100Points'] as const;
const TIER_FIELDS = ['tierWindowMonths', 'tierGraceDays'] as const;
const REFERRAL_FIELDS = ['referralsPerWeek'] as const;
type Field =
  (typeof FIELDS)[number] | (typeof TIER_FIELDS)[number] | (typeof REFERRAL_FIELDS)[number];

const REFUND_POLICIES = ['CAP_AT_BALANCE', 'DEBT'] as const;
type RefundPolicy = (typeof REFUND_POLICIES)[number];

const TIER_METRICS = ['POINTS_EARNED', 'AMOUNT_SPENT'] as const;
type TierMetric = (typeof TIER_METRICS)[number];

/** The programme's settings, each with what it changes for members. */
export const SettingsForm = () => {
  const t = useTranslations('settings');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const [errors, setErrors] = useState<Field[]>([]);
  // Unset until staff pick one: the saved policy shows until then.
  const [policy, setPolicy] = useState<RefundPolicy | null>(null);
  const [metric, setMetric] = useState<TierMetric | null>(null);
  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.get.queryKey() }),
    }),
  );

  if (settings.error)
    return <QueryError error={settings.error} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <Skeleton className="h-80 max-w-2xl" />;
  const refundPolicy = policy ?? settings.data.refundPolicy;
  const tierMetric = metric ?? settings.data.tierMetric;

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
      valueOf100Points: number('valueOf100Points'),
      refundPolicy,
      tierMetric,
      tierWindowMonths: number('tierWindowMonths'),
      tierGraceDays: number('tierGraceDays'),
      referralsPerWeek: number('referralsPerWeek'),
    });
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path[0] as Field);
      setErrors(fields);
      // The first in the form's order.
      const first = [...FIELDS, ...TIER_FIELDS, ...REFERRAL_FIELDS].find((field) =>
        fields.includes(field),
      );
      document.getElementById(`settings-${first}`)?.focus();
      return;
    }
    setErrors([]);
    update.mutate(parsed.data);
  };

  const numberField = (field: Field) => (
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
  );

  return (
    <Card className="max-w-2xl">
      <form onSubmit={submit} noValidate className="flex flex-col gap-5">
        {update.isSuccess ? <Alert tone="success" title={t('saved')} /> : null}
        {update.error ? <Alert tone="danger">{t('failed')}</Alert> : null}
        {FIELDS.map(numberField)}
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
        <section
          aria-labelledby="settings-tiers"
          className="flex flex-col gap-5 border-t border-border pt-5"
        >
          <div>
            <h2 id="settings-tiers" className="text-lg font-semibold text-ink">
              {t('tiers.title')}
            </h2>
            <p className="mt-1 text-sm text-ink-muted">{t('tiers.description')}</p>
          </div>
          <div className="flex flex-col gap-1.5">
            <SelectField
              id="settings-tierMetric"
              name="tierMetric"
              label={t('tierMetric.label')}
              value={tierMetric}
              onChange={(event) => setMetric(event.target.value as TierMetric)}
              options={TIER_METRICS.map((value) => ({
                value,
                label: t(`tierMetric.${value}`),
              }))}
              aria-describedby="settings-tierMetric-hint"
            />
            <p id="settings-tierMetric-hint" className="text-sm text-ink-muted">
              {t('tierMetric.hint')}
            </p>
          </div>
          {tierMetric !== settings.data.tierMetric ? (
            <Alert tone="warning">
              {t('tierMetric.changed')}{' '}
              <Link href="/tiers" className="font-semibold underline underline-offset-2">
                {t('tierMetric.tiersLink')}
              </Link>
            </Alert>
          ) : null}
          {TIER_FIELDS.map(numberField)}
        </section>
        <section
          aria-labelledby="settings-referrals"
          className="flex flex-col gap-5 border-t border-border pt-5"
        >
          <div>
            <h2 id="settings-referrals" className="text-lg font-semibold text-ink">
              {t('referrals.title')}
            </h2>
            <p className="mt-1 text-sm text-ink-muted">
              {t('referrals.description')}{' '}
              <Link href="/referrals" className="font-semibold underline underline-offset-2">
                {t('referrals.queueLink')}
              </Link>
            </p>
          </div>
          {REFERRAL_FIELDS.map(numberField)}
        </section>
        <Button type="submit" className="self-start" loading={update.isPending}>
          {t('save')}
        </Button>
      </form>
    </Card>
  );
};
