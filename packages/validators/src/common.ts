import { z } from 'zod';

export { TRPC_MAX_BATCH_SIZE } from './trpc-batch.ts';

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 code that this runtime knows (EUR, USD, JPY, …). */
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 currency code such as EUR')
  .refine((code) => currencies.has(code), 'Unknown currency');

export { PROGRAMME_CURRENCY } from './programme-currency.ts';

/** Money in integer minor units (1999 is 19.99). */
export const amount = z
  .number()
  .int('Must be an integer amount in minor units')
  .nonnegative('Must not be negative')
  .max(1_000_000_000, 'Amount is too large');

export const email = z.email('Must be an email address').max(254).trim().toLowerCase();

/** International format (E.164): spaces, dots and dashes are tolerated and removed. */
export const phone = z
  .string()
  .max(30)
  .transform((value) => value.replace(/[\s.\-()]/g, ''))
  .pipe(
    z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, 'Must be an international phone number like +33612345678'),
  );

export const memberCode = z.string().regex(/^\d{12}$/, 'Must be a 12-digit member code');

/** The rotating token of the member card's QR code (`FDL:<memberCode>:<8 digits>`). */
export const cardToken = z.string().trim().min(1).max(64);

export const personName = z.string().trim().min(1).max(80);

export const points = z.number().int('Must be a whole number of points');

export const uuid = z.uuid();

/** Server-side pagination of the admin lists. */
export const page = z.number().int().min(1).max(100_000).default(1);
export const pageSize = z.number().int().min(1).max(100).default(25);

/** Every channel a movement, purchase or message records. */
export const CHANNELS = [
  'STORE',
  'ESHOP',
  'APP',
  'SOCIAL',
  'REFERRAL',
  'EMAIL',
  'SMS',
  'ADMIN',
] as const;
export const channel = z.enum(CHANNELS);
