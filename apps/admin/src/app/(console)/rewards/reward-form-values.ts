import { type RewardInput, rewardInput } from '@fidele/validators';
import {
  type DiscountFormValues,
  discountCandidate,
  discountFormFrom,
  discountStandIns,
  emptyDiscountForm,
  formFieldOf,
} from '../../../lib/discount-form-values.ts';
import {
  optional,
  programmeDateTime,
  readDateTime,
  readWithSchema,
  whole,
} from '../../../lib/form-reading.ts';

/** The reward form as typed: text everywhere, amounts in major units ("5,50"), local dates. */
export type RewardFormValues = DiscountFormValues & {
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  imageUrl: string;
  pointsCost: string;
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
  ...emptyDiscountForm,
  minTierId: '',
  stock: '',
  validityDays: '30',
  validFrom: '',
  validUntil: '',
};

export const rewardFormFrom = (reward: StoredReward): RewardFormValues => ({
  nameEn: reward.nameEn,
  nameFr: reward.nameFr,
  descriptionEn: reward.descriptionEn,
  descriptionFr: reward.descriptionFr,
  imageUrl: reward.imageUrl ?? '',
  pointsCost: String(reward.pointsCost),
  ...discountFormFrom(reward),
  minTierId: reward.minTierId ?? '',
  stock: reward.stock === null ? '' : String(reward.stock),
  validityDays: reward.validityDays === null ? '' : String(reward.validityDays),
  validFrom: programmeDateTime(reward.validFrom),
  validUntil: programmeDateTime(reward.validUntil),
});

const FORM_FIELDS = new Set<string>(Object.keys(emptyRewardForm));

/** Valid values for fields that failed, so the schema's cross-field rules can run as well. */
const standIns: { [Field in keyof RewardInput]?: unknown } = {
  nameEn: 'x',
  nameFr: 'x',
  descriptionEn: '',
  descriptionFr: '',
  imageUrl: null,
  pointsCost: 1,
  ...discountStandIns,
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
): { input: RewardInput } | { errors: RewardFormField[] } =>
  readWithSchema(rewardInput, rewardCandidate(values), {
    standIns,
    field: formFieldOf<RewardFormField>(FORM_FIELDS, values.discountType),
  });

const rewardCandidate = (values: RewardFormValues) => ({
  nameEn: values.nameEn,
  nameFr: values.nameFr,
  descriptionEn: values.descriptionEn,
  descriptionFr: values.descriptionFr,
  imageUrl: optional(values.imageUrl, (text) => text),
  pointsCost: whole(values.pointsCost.trim()),
  ...discountCandidate(values),
  validityDays: optional(values.validityDays, whole),
  validFrom: optional(values.validFrom, readDateTime),
  validUntil: optional(values.validUntil, readDateTime),
  minTierId: values.minTierId || null,
  stock: optional(values.stock, whole),
});
