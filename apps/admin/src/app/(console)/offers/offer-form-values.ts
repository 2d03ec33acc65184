import { type OfferInput, offerInput } from '@fidele/validators';
import {
  type DiscountFormValues,
  discountCandidate,
  discountFormFrom,
  discountStandIns,
  emptyDiscountForm,
  formFieldOf,
  type StoredDiscount,
} from '../../../lib/discount-form-values.ts';
import {
  optional,
  programmeDateTime,
  readDateTime,
  readWithSchema,
  whole,
} from '../../../lib/form-reading.ts';

export type OfferBenefit = OfferInput['benefit'];

/** The offer form as typed: text everywhere, amounts in major units ("5,50"), local dates. */
export type OfferFormValues = DiscountFormValues & {
  titleEn: string;
  titleFr: string;
  textEn: string;
  textFr: string;
  imageUrl: string;
  /** Ticked tiers and segments: a customer on one of the tiers, and in one of the segments. */
  tierIds: string[];
  segmentIds: string[];
  startsAt: string;
  endsAt: string;
  benefit: OfferBenefit;
  perCustomerLimit: string;
  /** Empty for no cap. */
  totalCap: string;
};

export type OfferFormField = keyof OfferFormValues;

/** An offer as the API returns it: its terms, and its targets as tiers and segments. */
export type StoredOffer = StoredDiscount & {
  titleEn: string;
  titleFr: string;
  textEn: string;
  textFr: string;
  imageUrl: string | null;
  tiers: { id: string }[];
  segments: { id: string }[];
  startsAt: Date;
  endsAt: Date;
  benefit: OfferBenefit;
  perCustomerLimit: number;
  totalCap: number | null;
};

const DAY = 24 * 60 * 60 * 1000;

/** A blank offer, on from `now` for a week, once per customer, without a cap. */
export const newOfferForm = (now: Date): OfferFormValues => ({
  titleEn: '',
  titleFr: '',
  textEn: '',
  textFr: '',
  imageUrl: '',
  tierIds: [],
  segmentIds: [],
  startsAt: programmeDateTime(now),
  endsAt: programmeDateTime(new Date(now.getTime() + 7 * DAY)),
  benefit: 'DISCOUNT_CODE',
  ...emptyDiscountForm,
  discountType: 'PERCENTAGE',
  perCustomerLimit: '1',
  totalCap: '',
});

export const offerFormFrom = (offer: StoredOffer): OfferFormValues => ({
  titleEn: offer.titleEn,
  titleFr: offer.titleFr,
  textEn: offer.textEn,
  textFr: offer.textFr,
  imageUrl: offer.imageUrl ?? '',
  tierIds: offer.tiers.map((tier) => tier.id),
  segmentIds: offer.segments.map((segment) => segment.id),
  startsAt: programmeDateTime(offer.startsAt),
  endsAt: programmeDateTime(offer.endsAt),
  benefit: offer.benefit,
  ...discountFormFrom(offer),
  perCustomerLimit: String(offer.perCustomerLimit),
  totalCap: offer.totalCap === null ? '' : String(offer.totalCap),
});

const FORM_FIELDS = new Set<string>(Object.keys(newOfferForm(new Date(0))));

/** Valid values for fields that failed, so the schema's cross-field rules can run as well. */
const standIns: { [Field in keyof OfferInput]?: unknown } = {
  titleEn: 'x',
  titleFr: 'x',
  textEn: '',
  textFr: '',
  imageUrl: null,
  // The earliest and the latest dates there are: a stand-in never puts the end before the start.
  startsAt: new Date(-8.64e15),
  endsAt: new Date(8.64e15),
  ...discountStandIns,
  perCustomerLimit: 1,
  totalCap: null,
};

const offerCandidate = (values: OfferFormValues) => ({
  titleEn: values.titleEn,
  titleFr: values.titleFr,
  textEn: values.textEn,
  textFr: values.textFr,
  imageUrl: optional(values.imageUrl, (text) => text),
  tierIds: values.tierIds,
  segmentIds: values.segmentIds,
  // An empty date reads as an invalid one, never as 1970.
  startsAt: readDateTime(values.startsAt),
  endsAt: readDateTime(values.endsAt),
  benefit: values.benefit,
  ...discountCandidate(values),
  perCustomerLimit: whole(values.perCustomerLimit.trim()),
  totalCap: optional(values.totalCap, whole),
});

/**
 * Reads the form with the procedure's own schema, so the browser refuses what the server would,
 * field by field. Fields that do not apply to the kind of discount are sent empty.
 */
export const readOfferForm = (
  values: OfferFormValues,
): { input: OfferInput } | { errors: OfferFormField[] } =>
  readWithSchema(offerInput, offerCandidate(values), {
    standIns,
    field: formFieldOf<OfferFormField>(FORM_FIELDS, values.discountType),
  });
