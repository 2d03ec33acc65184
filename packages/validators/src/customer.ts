import { z } from 'zod';
import { channel, email, personName, uuid } from './common.ts';

/** Schemas of the customer portal. */

export const portalLocale = z.enum(['en', 'fr']);

export const PASSWORD_MIN_LENGTH = 8;

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
});

export const myMovementsInput = z.object({
  channel: channel.optional(),
  cursor: uuid.optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const setLocaleInput = z.object({ locale: portalLocale });

export const myRewardClaimInput = z.object({ rewardId: uuid });

/** `active`: codes usable now; `history`: used, expired and cancelled ones. */
export const myCodesInput = z.object({ view: z.enum(['active', 'history']).default('active') });

/** The code printed on a receipt (10 symbols; case, spaces and dashes are forgiven). */
export const receiptClaimInput = z.object({ code: z.string().trim().min(1).max(40) });
