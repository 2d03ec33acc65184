'use client';

import { RadioGroup, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { DiscountType } from '@/lib/discount-form-values.ts';

/** What a form gives each text input: its id, name, value, change handler and error. */
type TextInput = {
  id: string;
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  error?: string;
};

const TYPES = ['FIXED_AMOUNT', 'PERCENTAGE', 'FREE_SHIPPING'] as const satisfies DiscountType[];

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
