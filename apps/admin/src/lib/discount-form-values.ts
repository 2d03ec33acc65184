import type { DiscountTermsView } from '@fidele/ui';
import type { discountTermsInput } from '@fidele/validators';
import type { z } from 'zod';
import { amountText, optional, parseAmount, whole } from './form-reading.ts';

/** The discount of a reward or an offer, as the catalog stores it (amounts in minor units). */
export type StoredDiscount = z.output<typeof discountTermsInput>;
export type DiscountType = StoredDiscount['discountType'];
export type DiscountChannels = StoredDiscount['channels'];

/** The discount fields as typed: amounts in major units ("5,50"), text everywhere. */
export type DiscountFormValues = {
  discountType: DiscountType;
  amount: string;
  percent: string;
  cap: string;
  currency: string;
  minBasket: string;
  channels: DiscountChannels;
};

export type DiscountFormField = keyof DiscountFormValues;

export const emptyDiscountForm: DiscountFormValues = {
  discountType: 'FIXED_AMOUNT',
  amount: '',
  percent: '',
  cap: '',
  currency: 'EUR',
  minBasket: '',
  channels: 'BOTH',
};

export const discountFormFrom = (stored: StoredDiscount): DiscountFormValues => ({
  discountType: stored.discountType,
  amount:
    stored.discountType === 'FIXED_AMOUNT' ? amountText(stored.discountValue, stored.currency) : '',
  percent: stored.discountType === 'PERCENTAGE' ? String(stored.discountValue) : '',
  cap: amountText(stored.discountCap, stored.currency),
  currency: stored.currency,
  minBasket: amountText(stored.minBasket, stored.currency),
  channels: stored.channels,
});

/** The schema's discount fields as typed so far; what does not apply to the kind is sent empty. */
export const discountCandidate = (values: DiscountFormValues) => {
  const currency = values.currency.trim().toUpperCase();
  const type = values.discountType;
  return {
    discountType: type,
    discountValue:
      type === 'FIXED_AMOUNT'
        ? parseAmount(values.amount, currency)
        : type === 'PERCENTAGE'
          ? whole(values.percent.trim())
          : 0,
    discountCap:
      type === 'PERCENTAGE' ? optional(values.cap, (t) => parseAmount(t, currency)) : null,
    currency,
    minBasket: optional(values.minBasket, (text) => parseAmount(text, currency)),
    channels: values.channels,
  };
};

/** Valid values for discount fields that failed, so the schema's cross-field rules can run. */
export const discountStandIns = {
  discountValue: 1,
  discountCap: null,
  currency: 'EUR',
  minBasket: null,
};

/** The form field a discount's schema field is typed in (`discountValue` is the amount or %). */
export const discountFormField = (
  path: PropertyKey | undefined,
  type: DiscountType,
): DiscountFormField | null => {
  switch (path) {
    case 'discountValue':
      return type === 'PERCENTAGE' ? 'percent' : 'amount';
    case 'discountCap':
      return 'cap';
    case 'discountType':
    case 'currency':
    case 'minBasket':
    case 'channels':
      return path;
    default:
      return null;
  }
};

/**
 * Names the field a schema path is typed in, for a form with discount fields: the discount field
 * it stands for, else the form's own field of that name; null for a path no field types.
 */
export const formFieldOf =
  <Field extends string>(fields: ReadonlySet<string>, type: DiscountType) =>
  (path: PropertyKey | undefined): Field | DiscountFormField | null =>
    discountFormField(path, type) ?? (fields.has(String(path)) ? (String(path) as Field) : null);

/** What a preview says while the form is being typed; undefined until the amounts read well. */
export const previewTerms = (values: DiscountFormValues): DiscountTermsView | undefined => {
  const currency = values.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return undefined;
  const minBasket = optional(values.minBasket, (text) => parseAmount(text, currency));
  const cap = optional(values.cap, (text) => parseAmount(text, currency));
  const terms: DiscountTermsView = {
    type: values.discountType,
    currency,
    ...(minBasket !== null && Number.isFinite(minBasket) ? { minBasket } : {}),
  };
  if (values.discountType === 'FIXED_AMOUNT') {
    const amount = parseAmount(values.amount, currency);
    return Number.isFinite(amount) && amount > 0 ? { ...terms, amount } : undefined;
  }
  if (values.discountType === 'PERCENTAGE') {
    const percent = whole(values.percent.trim());
    if (!(percent >= 1 && percent <= 100)) return undefined;
    return { ...terms, percent, ...(cap !== null && Number.isFinite(cap) ? { cap } : {}) };
  }
  return terms;
};
