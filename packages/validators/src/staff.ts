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

/** An adjustment's reason as the customer's history shows it. */
export const adjustmentCustomerReason = z
  .string()
  .trim()
  .min(3, 'Give a reason of at least 3 characters')
  .max(200, 'Keep the reason under 200 characters');

export const pointsAdjustmentInput = z.object({
  customerId: uuid,
  points: adjustmentPoints,
  customerReason: adjustmentCustomerReason,
  /** The internal note, for staff only; optional (blank is none). */
  reason: z
    .string()
    .trim()
    .transform((note) => note || undefined)
    .pipe(adjustmentReason.optional())
    .optional(),
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

/** A day of the programme's calendar (its time zone), as an ISO date. */
const programmeDay = z.iso.date('Must be a date like 2026-12-07');

/**
 * The audit log's filters, all optional: the days (from and to included, in the programme's time
 * zone), who acted, an action or a whole area of them, what it was about. Codes are checked for
 * their shape here; one the log does not know matches nothing.
 */
export const auditFilterInput = z
  .object({
    from: programmeDay.optional(),
    to: programmeDay.optional(),
    actor: z
      .object({
        type: z.enum(['STAFF', 'API_KEY', 'CUSTOMER', 'SYSTEM']),
        id: z.string().trim().max(64).optional(),
      })
      .optional(),
    area: z
      .string()
      .regex(/^[a-zA-Z]{1,32}$/)
      .optional(),
    action: z
      .string()
      .regex(/^[a-z_-]+(\.[a-z_]+)+$/)
      .max(64)
      .optional(),
    target: z
      .object({
        type: z
          .string()
          .regex(/^[a-z_-]+$/)
          .max(32),
        id: z.string().trim().max(64).optional(),
      })
      .optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'The end date must not be before the start date',
  });

/** A page of the audit log: `cursor` is the last page's `nextCursor` (keyset pagination). */
export const auditListInput = auditFilterInput.and(
  z.object({ cursor: z.string().max(200).optional(), pageSize }),
);

export const staffIdInput = z.object({ staffId: uuid });

export const staffName = z.string().trim().min(1, 'Enter a name').max(120);

/** A STORE_MANAGER works in at least one shop; the other roles see every shop and pick none. */
const staffAccess = {
  role: staffRole,
  shopIds: z.array(uuid).max(200).default([]),
};

const shopsFitRole = (
  access: { role: z.infer<typeof staffRole>; shopIds: string[] },
  context: z.RefinementCtx,
) => {
  if (access.role === 'STORE_MANAGER' && access.shopIds.length === 0)
    context.addIssue({ code: 'custom', path: ['shopIds'], message: 'Choose at least one shop' });
  if (access.role !== 'STORE_MANAGER' && access.shopIds.length > 0)
    context.addIssue({
      code: 'custom',
      path: ['shopIds'],
      message: 'Only a store manager works in chosen shops',
    });
};

export const staffInviteInput = z
  .object({
    email,
    name: staffName,
    ...staffAccess,
    /** The language of the invitation email and of the member's admin. */
    locale: z.enum(['en', 'fr']).default('en'),
  })
  .superRefine(shopsFitRole);

export const staffAccessInput = z
  .object({ staffId: uuid, ...staffAccess })
  .superRefine(shopsFitRole);

export const staffDisableInput = z.object({ staffId: uuid, disabled: z.boolean() });
