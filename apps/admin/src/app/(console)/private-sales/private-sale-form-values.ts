import { type PrivateSaleInput, privateSaleInput } from '@fidele/validators';
import {
  programmeDateTime,
  readDateTime,
  readWithSchema,
  whole,
} from '../../../lib/form-reading.ts';

export type PrivateSaleKind = PrivateSaleInput['kind'];

/** The private sale's form as typed: text everywhere, local dates, the shop's id or empty. */
export type PrivateSaleFormValues = {
  kind: PrivateSaleKind;
  nameEn: string;
  nameFr: string;
  textEn: string;
  textFr: string;
  /** The shop it takes place in; empty for an online event. */
  shopId: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  /** Hours someone from the waitlist has to confirm a freed place. */
  waitlistOfferHours: string;
  /** An online event's discount in percent on each guest's code; empty: no code. */
  discountPercent: string;
  /** Points each guest earns when a till checks her in (events in a shop); empty: none. */
  checkInPoints: string;
  /** The channels ticked for its invitations, besides the portal. */
  channels: PrivateSaleInput['channels'];
  /** Ticked tiers and segments: a customer on one of the tiers, and in one of the segments. */
  tierIds: string[];
  segmentIds: string[];
};

export type PrivateSaleFormField = keyof PrivateSaleFormValues;

/** A private sale as the API returns it: its fields, and its targets as tiers and segments. */
export type StoredPrivateSale = Omit<PrivateSaleInput, 'tierIds' | 'segmentIds'> & {
  tiers: { id: string }[];
  segments: { id: string }[];
};

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A blank private sale, online, a week from `now` for three hours; its places still to say. */
export const newPrivateSaleForm = (now: Date): PrivateSaleFormValues => ({
  kind: 'PRIVATE_SALE',
  nameEn: '',
  nameFr: '',
  textEn: '',
  textFr: '',
  shopId: '',
  startsAt: programmeDateTime(new Date(now.getTime() + 7 * DAY)),
  endsAt: programmeDateTime(new Date(now.getTime() + 7 * DAY + 3 * HOUR)),
  capacity: '',
  waitlistOfferHours: '24',
  discountPercent: '',
  checkInPoints: '',
  channels: ['EMAIL'],
  tierIds: [],
  segmentIds: [],
});

export const privateSaleFormFrom = (sale: StoredPrivateSale): PrivateSaleFormValues => ({
  kind: sale.kind,
  nameEn: sale.nameEn,
  nameFr: sale.nameFr,
  textEn: sale.textEn,
  textFr: sale.textFr,
  shopId: sale.shopId ?? '',
  startsAt: programmeDateTime(sale.startsAt),
  endsAt: programmeDateTime(sale.endsAt),
  capacity: String(sale.capacity),
  waitlistOfferHours: String(sale.waitlistOfferHours),
  discountPercent: sale.discountPercent === null ? '' : String(sale.discountPercent),
  checkInPoints: sale.checkInPoints ? String(sale.checkInPoints) : '',
  channels: sale.channels,
  tierIds: sale.tiers.map((tier) => tier.id),
  segmentIds: sale.segments.map((segment) => segment.id),
});

const FORM_FIELDS = new Set<string>(Object.keys(newPrivateSaleForm(new Date(0))));

/** The form field a key of the procedure's input is typed in; null when none is. */
export const privateSaleFormField = (key: PropertyKey | undefined): PrivateSaleFormField | null =>
  FORM_FIELDS.has(String(key)) ? (String(key) as PrivateSaleFormField) : null;

/** Valid values for fields that failed, so the schema's cross-field rules can run as well. */
const standIns: { [Field in keyof PrivateSaleInput]?: unknown } = {
  kind: 'PRIVATE_SALE',
  nameEn: 'x',
  nameFr: 'x',
  textEn: '',
  textFr: '',
  shopId: null,
  // The earliest and the latest dates there are: a stand-in never puts the end before the start.
  startsAt: new Date(-8.64e15),
  endsAt: new Date(8.64e15),
  capacity: 1,
  waitlistOfferHours: 24,
  discountPercent: null,
  checkInPoints: 0,
};

const privateSaleCandidate = (values: PrivateSaleFormValues) => ({
  kind: values.kind,
  nameEn: values.nameEn,
  nameFr: values.nameFr,
  textEn: values.textEn,
  textFr: values.textFr,
  shopId: values.shopId || null,
  // An empty date reads as an invalid one, never as 1970.
  startsAt: readDateTime(values.startsAt),
  endsAt: readDateTime(values.endsAt),
  capacity: whole(values.capacity.trim()),
  waitlistOfferHours: whole(values.waitlistOfferHours.trim()),
  // Only an online event gives codes: in a shop the field is not shown, and not sent.
  discountPercent:
    values.shopId || !values.discountPercent.trim() ? null : whole(values.discountPercent.trim()),
  // Only an event in a shop has a till to check guests in: online, the field is not shown.
  checkInPoints:
    values.shopId && values.checkInPoints.trim() ? whole(values.checkInPoints.trim()) : 0,
  channels: values.channels,
  tierIds: values.tierIds,
  segmentIds: values.segmentIds,
});

/**
 * Reads the form with the procedure's own schema, so the browser refuses what the server would,
 * field by field.
 */
export const readPrivateSaleForm = (
  values: PrivateSaleFormValues,
): { input: PrivateSaleInput } | { errors: PrivateSaleFormField[] } =>
  readWithSchema(privateSaleInput, privateSaleCandidate(values), {
    standIns,
    field: privateSaleFormField,
  });
