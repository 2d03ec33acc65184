import type { DiscountTermsView } from '@fidele/ui';
import { type RewardInput, rewardInput } from '@fidele/validators';

type DiscountType = RewardInput['discountType'];
type Channels = RewardInput['channels'];

/** The reward form as typed: text everywhere, amounts in major units ("5,50"), local dates. */
export type RewardFormValues = {
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  imageUrl: string;
  pointsCost: string;
  discountType: DiscountType;
  amount: string;
  percent: string;
  cap: string;
  currency: string;
  minBasket: string;
  channels: Channels;
  minTierId: string;
  stock: string;
  validityDays: string;
  validFrom: string;
  validUntil: string;
};

export type RewardFormField = keyof RewardFormValues;

/** A reward as the catalog stores it (amounts in minor units). */
export type StoredReward = RewardInput;

export const emptyRewardForm: RewardFormValues = {
  nameEn: '',
  nameFr: '',
  descriptionEn: '',
  descriptionFr: '',
  imageUrl: '',
  pointsCost: '',
  discountType: 'FIXED_AMOUNT',
  amount: '',
  percent: '',
  cap: '',
  currency: 'EUR',
  minBasket: '',
  channels: 'BOTH',
  minTierId: '',
  stock: '',
  validityDays: '30',
  validFrom: '',
  validUntil: '',
};

const minorDigits = (currency: string): number => {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
};

/** "5", "5.5", "5,50" → minor units; NaN when it is not an amount in this currency. */
export const parseAmount = (text: string, currency: string): number => {
  const digits = minorDigits(currency);
  const normalized = text.replace(/\s/g, '').replace(',', '.');
  const pattern = digits > 0 ? new RegExp(`^\\d+(\\.\\d{0,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(normalized)) return Number.NaN;
  const [whole = '0', fraction = ''] = normalized.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
};

const amountText = (amount: number | null, currency: string): string => {
  if (amount === null) return '';
  const digits = minorDigits(currency);
  return digits === 0 ? String(amount) : (amount / 10 ** digits).toFixed(digits);
};

const optional = <T>(text: string, read: (text: string) => T): T | null =>
  text.trim() === '' ? null : read(text.trim());

const whole = (text: string): number => (/^\d+$/.test(text) ? Number(text) : Number.NaN);

// A `datetime-local` value is the browser's local time, and so is its reading here.
const localDateTime = (date: Date | null): string => {
  if (!date) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
};

export const rewardFormFrom = (reward: StoredReward): RewardFormValues => ({
  nameEn: reward.nameEn,
  nameFr: reward.nameFr,
  descriptionEn: reward.descriptionEn,
  descriptionFr: reward.descriptionFr,
  imageUrl: reward.imageUrl ?? '',
  pointsCost: String(reward.pointsCost),
  discountType: reward.discountType,
  amount:
    reward.discountType === 'FIXED_AMOUNT' ? amountText(reward.discountValue, reward.currency) : '',
  percent: reward.discountType === 'PERCENTAGE' ? String(reward.discountValue) : '',
  cap: amountText(reward.discountCap, reward.currency),
  currency: reward.currency,
  minBasket: amountText(reward.minBasket, reward.currency),
  channels: reward.channels,
  minTierId: reward.minTierId ?? '',
  stock: reward.stock === null ? '' : String(reward.stock),
  validityDays: reward.validityDays === null ? '' : String(reward.validityDays),
  validFrom: localDateTime(reward.validFrom),
  validUntil: localDateTime(reward.validUntil),
});

/** The schema's field (`discountValue`) shown as the form's field the person typed in. */
const formField = (path: PropertyKey | undefined, type: DiscountType): RewardFormField | null => {
  switch (path) {
    case 'discountValue':
      return type === 'PERCENTAGE' ? 'percent' : 'amount';
    case 'discountCap':
      return 'cap';
    case undefined:
      return null;
    default:
      return String(path) in emptyRewardForm ? (String(path) as RewardFormField) : null;
  }
};

/** Valid values for fields that failed, so the schema's cross-field rules can run as well. */
const standIns: { [Field in keyof RewardInput]?: unknown } = {
  nameEn: 'x',
  nameFr: 'x',
  descriptionEn: '',
  descriptionFr: '',
  imageUrl: null,
  pointsCost: 1,
  discountValue: 1,
  discountCap: null,
  currency: 'EUR',
  minBasket: null,
  validityDays: 30,
  validFrom: null,
  validUntil: null,
  minTierId: null,
  stock: null,
};

/**
 * Reads the form with the procedure's own schema, so the browser refuses what the server would,
 * field by field. Fields that do not apply to the kind of discount are sent empty.
 */
export const readRewardForm = (
  values: RewardFormValues,
): { input: RewardInput } | { errors: RewardFormField[] } => {
  const type = values.discountType;
  const candidate = rewardCandidate(values);
  const parsed = rewardInput.safeParse(candidate);
  if (parsed.success) return { input: parsed.data };
  // Zod runs the cross-field rules only once every field reads well: run them again with the
  // faulty fields stood in for, so every error shows at once.
  const faulty = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const stoodIn = Object.fromEntries(
    Object.entries(standIns).filter(([field]) => faulty.has(field)),
  );
  const crossField = rewardInput.safeParse({ ...candidate, ...stoodIn });
  const issues = [...parsed.error.issues, ...(crossField.error?.issues ?? [])];
  const fields = issues.flatMap((issue) => formField(issue.path[0], type) ?? []);
  return { errors: [...new Set(fields)] };
};

const rewardCandidate = (values: RewardFormValues) => {
  const currency = values.currency.trim().toUpperCase();
  const type = values.discountType;
  return {
    nameEn: values.nameEn,
    nameFr: values.nameFr,
    descriptionEn: values.descriptionEn,
    descriptionFr: values.descriptionFr,
    imageUrl: optional(values.imageUrl, (text) => text),
    pointsCost: whole(values.pointsCost.trim()),
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
    validityDays: optional(values.validityDays, whole),
    validFrom: optional(values.validFrom, (text) => new Date(text)),
    validUntil: optional(values.validUntil, (text) => new Date(text)),
    channels: values.channels,
    minTierId: values.minTierId || null,
    stock: optional(values.stock, whole),
  };
};

/** What the preview says while the form is being typed; undefined until the amounts read well. */
export const previewTerms = (values: RewardFormValues): DiscountTermsView | undefined => {
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
