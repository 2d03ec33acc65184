'use client';

import {
  Alert,
  Button,
  buttonStyles,
  Card,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, useState } from 'react';
import { DiscountFields } from '@/components/discount-fields.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffInputs } from '@/trpc/types.ts';
import { DiscountPreview } from './discount-preview.tsx';
import {
  readRewardForm,
  type RewardFormField,
  type RewardFormValues,
} from './reward-form-values.ts';

type RewardInput = StaffInputs['rewards']['create'];

/** Where the input goes and how it went; the form only reads and checks it. */
export type RewardSave = {
  save: (input: RewardInput) => void;
  pending: boolean;
  /** The tRPC code of a refused save, if any. */
  failure?: string;
  done?: ReactNode;
};

const fieldId = (field: RewardFormField) => `reward-${field}`;

/**
 * Every field of a reward, English and French side by side, checked with the procedure's schema
 * before sending; the preview beside it says the discount as members will read it.
 */
export const RewardForm = ({
  initial,
  submitLabel,
  result,
  aside,
}: {
  initial: RewardFormValues;
  submitLabel: string;
  result: RewardSave;
  aside?: ReactNode;
}) => {
  const t = useTranslations('rewardForm');
  const td = useTranslations('discountForm');
  const trpc = useTRPC();
  const tiers = useQuery(trpc.rewards.tiers.queryOptions());
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<RewardFormField[]>([]);

  const set =
    <Field extends RewardFormField>(field: Field) =>
    (value: RewardFormValues[Field]) => {
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => current.filter((f) => f !== field));
    };
  const text = (field: RewardFormField) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) =>
      set(field)(event.target.value as RewardFormValues[typeof field]),
    error: errors.includes(field) ? t(`errors.${field}`) : undefined,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readRewardForm(values);
    if ('errors' in read) {
      setErrors(read.errors);
      const first = read.errors[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors([]);
    result.save(read.input);
  };

  const currency = values.currency.trim().toUpperCase() || 'EUR';
  const tierName = tiers.data?.find((tier) => tier.id === values.minTierId)?.name;

  return (
    <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
      <form onSubmit={submit} noValidate className="flex min-w-0 flex-col gap-6 xl:self-start">
        {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
        {result.failure ? (
          <Alert tone="danger">
            {result.failure === 'FORBIDDEN'
              ? t('forbidden')
              : result.failure === 'BAD_REQUEST'
                ? t('invalid')
                : t('failed')}
          </Alert>
        ) : null}
        {result.done}

        <Card title={t('sections.names')}>
          <div className="grid gap-4 md:grid-cols-2">
            <div className="flex flex-col gap-4">
              <h3 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
                {t('english')}
              </h3>
              <TextField label={t('nameEn')} maxLength={120} required {...text('nameEn')} />
              <TextAreaField
                label={t('descriptionEn')}
                rows={3}
                maxLength={1000}
                hint={t('descriptionHint')}
                {...text('descriptionEn')}
              />
            </div>
            <div className="flex flex-col gap-4" lang="fr">
              <h3 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
                {t('french')}
              </h3>
              <TextField label={t('nameFr')} maxLength={120} required {...text('nameFr')} />
              <TextAreaField
                label={t('descriptionFr')}
                rows={3}
                maxLength={1000}
                hint={t('descriptionHint')}
                {...text('descriptionFr')}
              />
            </div>
          </div>
          <TextField
            label={t('imageUrl')}
            type="url"
            inputMode="url"
            maxLength={500}
            hint={t('imageUrlHint')}
            className="mt-4"
            {...text('imageUrl')}
          />
        </Card>

        <Card title={t('sections.discount')}>
          <div className="flex flex-col gap-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={t('pointsCost')}
                inputMode="numeric"
                required
                {...text('pointsCost')}
              />
              <TextField
                label={td('currency')}
                maxLength={3}
                autoCapitalize="characters"
                hint={td('currencyHint')}
                className="sm:max-w-40"
                {...text('currency')}
              />
            </div>
            <DiscountFields
              type={values.discountType}
              currency={currency}
              typeId={fieldId('discountType')}
              typeError={errors.includes('discountType') ? t('errors.discountType') : undefined}
              onTypeChange={set('discountType')}
              input={text}
            />
          </div>
        </Card>

        <Card title={t('sections.conditions')}>
          <div className="flex flex-col gap-4">
            <RadioGroup
              legend={t('channels')}
              name="channels"
              id={fieldId('channels')}
              value={values.channels}
              onChange={set('channels')}
              options={(['BOTH', 'ONLINE', 'STORE'] as const).map((channels) => ({
                value: channels,
                label: td(`channelOptions.${channels}`),
              }))}
              error={errors.includes('channels') ? t('errors.channels') : undefined}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={td('minBasket', { currency })}
                inputMode="decimal"
                hint={td('minBasketHint')}
                {...text('minBasket')}
              />
              <TextField
                label={t('stock')}
                inputMode="numeric"
                hint={t('stockHint')}
                {...text('stock')}
              />
            </div>
            <SelectField
              label={t('minTier')}
              className="sm:max-w-sm"
              options={[
                { value: '', label: t('anyTier') },
                ...(tiers.data ?? []).map((tier) => ({
                  value: tier.id,
                  label: t('tierAndAbove', { tier: tier.name }),
                })),
              ]}
              {...text('minTierId')}
            />
          </div>
        </Card>

        <Card title={t('sections.validity')}>
          <div className="flex flex-col gap-4">
            <TextField
              label={t('validityDays')}
              inputMode="numeric"
              hint={t('validityDaysHint')}
              className="sm:max-w-md"
              {...text('validityDays')}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={t('validFrom')}
                type="datetime-local"
                hint={t('datesHint')}
                {...text('validFrom')}
              />
              <TextField
                label={t('validUntil')}
                type="datetime-local"
                hint={t('datesHint')}
                {...text('validUntil')}
              />
            </div>
          </div>
        </Card>

        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={result.pending}>
            {submitLabel}
          </Button>
          <Link href="/rewards" className={buttonStyles({ variant: 'secondary' })}>
            {t('cancel')}
          </Link>
        </div>
      </form>

      <div className="flex min-w-0 flex-col gap-6">
        {/* Alone, the preview follows the form down; with more beside it, it stays on top. */}
        <div className={aside ? undefined : 'xl:sticky xl:top-6'}>
          <DiscountPreview values={values} tierName={tierName} />
        </div>
        {aside}
      </div>
    </div>
  );
};
