'use client';

import { Alert, Card, SelectField, TextField, tierNameIn } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import type { FormEvent, ReactNode } from 'react';
import { BilingualTextFields } from '@/components/bilingual-text-fields.tsx';
import {
  ChannelsField,
  CurrencyField,
  DiscountFields,
  MinBasketField,
} from '@/components/discount-fields.tsx';
import { FormWithPreview, SaveOrCancel } from '@/components/form-with-preview.tsx';
import { ProgrammeDateField } from '@/components/programme-date-field.tsx';
import { useFormFields } from '@/lib/use-form-fields.ts';
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
  const locale = useLocale();
  const trpc = useTRPC();
  const tiers = useQuery(trpc.rewards.tiers.queryOptions());
  const { values, errors, setErrors, set, text } = useFormFields(initial, {
    id: fieldId,
    error: (field) => t(`errors.${field}`),
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
  const minTier = tiers.data?.find((tier) => tier.id === values.minTierId);
  const tierName = minTier && tierNameIn(minTier, locale);

  return (
    <FormWithPreview
      onSubmit={submit}
      preview={<DiscountPreview values={values} tierName={tierName} />}
      aside={aside}
    >
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
        <BilingualTextFields
          namespace="rewardForm"
          title="name"
          text="description"
          textMaxLength={1000}
          input={text}
          imageInput={text('imageUrl')}
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
            <CurrencyField input={text('currency')} />
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
          <ChannelsField
            legend={t('channels')}
            id={fieldId('channels')}
            value={values.channels}
            onChange={set('channels')}
            error={errors.includes('channels') ? t('errors.channels') : undefined}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <MinBasketField currency={currency} input={text('minBasket')} />
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
                label: t('tierAndAbove', { tier: tierNameIn(tier, locale) }),
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
            <ProgrammeDateField
              label={t('validFrom')}
              hint={t('datesHint')}
              {...text('validFrom')}
            />
            <ProgrammeDateField
              label={t('validUntil')}
              hint={t('datesHint')}
              {...text('validUntil')}
            />
          </div>
        </div>
      </Card>

      <SaveOrCancel
        submitLabel={submitLabel}
        pending={result.pending}
        cancelHref="/rewards"
        cancelLabel={t('cancel')}
      />
    </FormWithPreview>
  );
};
