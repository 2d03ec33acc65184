'use client';

import { RadioGroup, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { DiscountChannels, DiscountType } from '@/lib/discount-form-values.ts';
import type { TextInput } from './text-input.ts';

const TYPES = ['FIXED_AMOUNT', 'PERCENTAGE', 'FREE_SHIPPING'] as const satisfies DiscountType[];
const CHANNELS = ['BOTH', 'ONLINE', 'STORE'] as const satisfies DiscountChannels[];

/**
 * The kind of discount and what it takes off (an amount, or a percentage with its cap): the part
 * of a reward's and an offer's form that is the same in both.
 */
export const DiscountFields = ({
  type,
  currency,
  typeId,
  typeError,
  onTypeChange,
  input,
}: {
  type: DiscountType;
  /** The currency code amounts are typed in, for their labels. */
  currency: string;
  typeId: string;
  typeError?: string;
  onTypeChange: (type: DiscountType) => void;
  input: (field: 'amount' | 'percent' | 'cap') => TextInput;
}) => {
  const t = useTranslations('discountForm');
  return (
    <>
      <RadioGroup
        legend={t('discountType')}
        name="discountType"
        id={typeId}
        value={type}
        onChange={onTypeChange}
        options={TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
        error={typeError}
      />
      {type === 'FIXED_AMOUNT' ? (
        <TextField
          label={t('amount', { currency })}
          inputMode="decimal"
          required
          className="sm:max-w-xs"
          {...input('amount')}
        />
      ) : null}
      {type === 'PERCENTAGE' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('percent')}
            inputMode="numeric"
            required
            hint={t('percentHint')}
            {...input('percent')}
          />
          <TextField
            label={t('cap', { currency })}
            inputMode="decimal"
            hint={t('capHint')}
            {...input('cap')}
          />
        </div>
      ) : null}
    </>
  );
};

/* The other discount fields, the same in both forms but not placed alike in them. */

/** The currency amounts are typed in. */
export const CurrencyField = ({ input }: { input: TextInput }) => {
  const t = useTranslations('discountForm');
  return (
    <TextField
      label={t('currency')}
      maxLength={3}
      autoCapitalize="characters"
      hint={t('currencyHint')}
      className="sm:max-w-40"
      {...input}
    />
  );
};

/** The smallest basket the discount applies to, in `currency`. */
export const MinBasketField = ({ currency, input }: { currency: string; input: TextInput }) => {
  const t = useTranslations('discountForm');
  return (
    <TextField
      label={t('minBasket', { currency })}
      inputMode="decimal"
      hint={t('minBasketHint')}
      {...input}
    />
  );
};

/** Where the discount can be used: online, in shops, or both; the legend is the form's own. */
export const ChannelsField = ({
  legend,
  id,
  value,
  onChange,
  error,
}: {
  legend: string;
  id: string;
  value: DiscountChannels;
  onChange: (channels: DiscountChannels) => void;
  error?: string;
}) => {
  const t = useTranslations('discountForm');
  return (
    <RadioGroup
      legend={legend}
      name="channels"
      id={id}
      value={value}
      onChange={onChange}
      options={CHANNELS.map((channels) => ({
        value: channels,
        label: t(`channelOptions.${channels}`),
      }))}
      error={error}
    />
  );
};
