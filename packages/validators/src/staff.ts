import { z } from 'zod';
import { channel, currency, email, page, pageSize, uuid } from './common.ts';

/** Schemas of the staff back office: its tRPC procedures and the admin's forms share them. */

export const staffRole = z.enum(['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT']);
export const shopKind = z.enum(['STORE', 'ESHOP']);

export const MAX_POINTS_ADJUSTMENT = 1_000_000;

export const staffSignInInput = z.object({
  email,
  password: z.string().min(1, 'Enter your password').max(200),
});

export const customerListInput = z.object({
  query: z.string().trim().max(100).optional(),
  sort: z.enum(['createdAt', 'name', 'email', 'memberCode', 'balance']).default('createdAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  page,
  pageSize,
});

export const customerIdInput = z.object({ customerId: uuid });

export const customerMovementsInput = z.object({
  customerId: uuid,
  channel: channel.optional(),
  cursor: uuid.optional(),
  take: z.number().int().min(1).max(100).default(50),
});

export const customerPurchasesInput = z.object({
  customerId: uuid,
  channel: channel.optional(),
  take: z.number().int().min(1).max(100).default(50),
});

export const adjustmentPoints = z
  .number('Enter a number of points')
  .int('Must be a whole number of points')
  .min(-MAX_POINTS_ADJUSTMENT, `At most ${MAX_POINTS_ADJUSTMENT} points either way`)
  .max(MAX_POINTS_ADJUSTMENT, `At most ${MAX_POINTS_ADJUSTMENT} points either way`)
  .refine((points) => points !== 0, 'Must not be zero');

export const adjustmentReason = z
  .string()
  .trim()
  .min(3, 'Give a reason of at least 3 characters')
  .max(500, 'Keep the reason under 500 characters');

export const pointsAdjustmentInput = z.object({
  customerId: uuid,
  points: adjustmentPoints,
  reason: adjustmentReason,
  /** Counts towards the customer's tier, like a purchase would. */
  qualifying: z.boolean().default(false),
});

export const shopCreateInput = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(120),
  kind: shopKind,
  city: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((city) => city || undefined),
  currency: currency.default('EUR'),
});

export const shopIdInput = z.object({ shopId: uuid });

export const apiKeyCreateInput = z.object({
  shopId: uuid,
  name: z.string().trim().min(1, 'Enter a name').max(120),
});

export const apiKeyIdInput = z.object({ apiKeyId: uuid });

export const auditListInput = z.object({
  target: z
    .object({ type: z.string().trim().min(1).max(32), id: z.string().trim().max(64).optional() })
    .optional(),
  action: z.string().trim().max(64).optional(),
  page,
  pageSize,
});
