import { z } from 'zod';
import { socialHandle } from './contests.ts';
import { referralCode } from './referrals.ts';
import { channel, email, memberCode, personName, phone, uuid } from './common.ts';
import { PASSWORD_MIN_LENGTH } from './password-length.ts';

/** Schemas of the customer portal. */

export const portalLocale = z.enum(['en', 'fr']);

export { PASSWORD_MIN_LENGTH };

export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'Must be at most 200 characters');

/** An optional name from a form: an empty field means no name. */
const optionalPersonName = z
  .string()
  .trim()
  .max(80)
  .optional()
  .transform((value) => value || undefined);

export const signUpInput = z.object({
  email,
  password: newPassword,
  firstName: personName,
  lastName: optionalPersonName,
  locale: portalLocale.default('en'),
  /** The opt-ins, unticked unless she ticks them. */
  consents: z.object({ email: z.boolean().default(false) }).default({ email: false }),
  /** The contest whose link (`?c=<slug>`) she came through: her sign-up is counted for it. */
  contest: z.string().trim().toLowerCase().max(48).optional(),
  /** The handle she posts from, for imported contest entries to be claimed for her. */
  socialHandle: socialHandle.optional(),
  /** A friend's referral code, from her link (`?r=<code>`) or typed on the form. */
  referral: z.object({ code: referralCode, via: z.enum(['LINK', 'CODE']) }).optional(),
});

/** The customer gives or withdraws a marketing consent from her profile. */
export const consentsUpdateInput = z
  .object({ email: z.boolean().optional(), sms: z.boolean().optional() })
  .refine((changes) => changes.email !== undefined || changes.sms !== undefined, {
    message: 'Say which consent changes',
  });

export const myMovementsInput = z.object({
  channel: channel.optional(),
  /** Null, as an infinite query's first page param, is the first page. */
  cursor: uuid.nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});

/** One of the signed-in customer's own purchases. */
export const myPurchaseInput = z.object({ purchaseId: uuid });

export const setLocaleInput = z.object({ locale: portalLocale });

export const myRewardClaimInput = z.object({ rewardId: uuid });

/** `active`: codes usable now; `history`: used, expired and cancelled ones. */
export const myCodesInput = z.object({ view: z.enum(['active', 'history']).default('active') });

/** The code printed on a receipt (10 symbols; case, spaces and dashes are forgiven). */
export const receiptClaimInput = z.object({ code: z.string().trim().min(1).max(40) });

/** A birth date from a date field (YYYY-MM-DD), kept as that day at midnight UTC. */
export const birthDate = z.iso
  .date('Must be a date')
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine((date) => date >= new Date('1900-01-01T00:00:00Z'), 'Must be after 1900')
  .refine((date) => date < new Date(), 'Must be in the past');

/** An optional field of the profile form: empty means "not given". */
const blankAsNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

export const profileUpdateInput = z.object({
  firstName: personName,
  lastName: z.preprocess(blankAsNull, z.string().trim().max(80).nullable().default(null)),
  phone: z.preprocess(blankAsNull, phone.nullable().default(null)),
  birthDate: z.preprocess(blankAsNull, birthDate.nullable().default(null)),
});

export type ProfileUpdateInput = z.infer<typeof profileUpdateInput>;

/** The notices she has seen: those named, or (without ids) all of them. */
export const notificationsReadInput = z.object({ ids: z.array(uuid).min(1).max(100).optional() });

/** She confirms, on the page that says what it does, that her account is to be erased. */
export const accountErasureInput = z.object({ confirm: z.literal(true) });

/** Support blocks an account, saying why (for staff only), or unblocks it. */
export const customerBlockInput = z.discriminatedUnion('blocked', [
  z.object({
    customerId: uuid,
    blocked: z.literal(true),
    reason: z.string().trim().min(3, 'Say why the account is blocked (staff read it)').max(500),
  }),
  z.object({ customerId: uuid, blocked: z.literal(false) }),
]);

/**
 * Her other account, as support types it to merge it into the one open: its member code (from her
 * card) or its email.
 */
export const mergeCandidateInput = z.object({
  customerId: uuid,
  other: z.union([memberCode, email], {
    error: 'Type the other account’s 12-digit member code or its email address',
  }),
});

/** Support merges her other account into this one, once she has confirmed both are hers. */
export const accountMergeInput = z.object({ customerId: uuid, otherCustomerId: uuid });

/**
 * Support corrects her contact details at her request: name and phone at once, a new email once
 * she confirms it from that inbox.
 */
export const contactCorrectionInput = profileUpdateInput
  .omit({ birthDate: true })
  .extend({ customerId: uuid, email });

/** The link of a confirmation email (its token). */
export const emailChangeConfirmInput = z.object({ token: z.string().min(20).max(200) });

/** The owner erases a customer's personal data at her request, saying how it was asked. */
export const customerErasureInput = z.object({
  customerId: uuid,
  reason: z.string().trim().min(1, 'Say how she asked (the date and the channel)').max(500),
});
