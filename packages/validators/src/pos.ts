import { z } from 'zod';
import { amount, cardToken, currency, email, memberCode, personName, phone } from './common.ts';
import { referralCode } from './referrals.ts';

/** Schemas of the POS and e-shop REST contract (docs/pos-api.md). */

export const tierRef = z.object({ code: z.string(), name: z.string() });

export const posCustomer = z.object({
  id: z.string(),
  memberCode: z.string(),
  firstName: z.string(),
  tier: tierRef,
  pointsBalance: z.number().int(),
});

/** The lookup also says what the customer earned but cannot spend yet (pending period). */
export const posCustomerLookup = posCustomer.extend({
  pendingPoints: z.number().int(),
  blocked: z.boolean(),
});

// An identifier of any shape is accepted: one that cannot be anybody's matches nobody (404).
const lookupText = z.string().trim().min(1).max(320);

export const customerLookupInput = z
  .object({
    memberCode: lookupText.optional(),
    cardToken: cardToken.optional(),
    email: lookupText.optional(),
    phone: lookupText.optional(),
  })
  .refine(
    (query) =>
      [query.memberCode, query.cardToken, query.email, query.phone].filter(Boolean).length === 1,
    'Give exactly one of memberCode, cardToken, email or phone',
  );

/**
 * The identifier a lookup names, in the form customers are stored under (lower-case email, E.164
 * phone), or undefined when its shape is no customer's.
 */
export const storedIdentifier = (
  query: z.output<typeof customerLookupInput>,
):
  | { memberCode: string }
  | { cardToken: string }
  | { email: string }
  | { phone: string }
  | undefined => {
  if (query.cardToken) return { cardToken: query.cardToken };
  const parsed = query.memberCode
    ? memberCode.safeParse(query.memberCode)
    : query.email
      ? email.safeParse(query.email)
      : phone.safeParse(query.phone);
  if (!parsed.success) return undefined;
  return query.memberCode
    ? { memberCode: parsed.data }
    : query.email
      ? { email: parsed.data }
      : { phone: parsed.data };
};

export const customerEnrolInput = z.object({
  email,
  phone: phone.optional(),
  firstName: personName,
  lastName: personName.optional(),
  consents: z.object({ email: z.boolean().optional(), sms: z.boolean().optional() }).optional(),
  /** The referral code of the member who sent her (`K3QF-7XMP`, any case, dash optional). */
  referralCode: referralCode.optional(),
});

export const purchaseLine = z.object({
  sku: z.string().trim().min(1).max(64),
  category: z.string().trim().min(1).max(64).optional(),
  quantity: z.number().int().positive().max(10_000),
  unitAmount: amount,
});

export const purchaseInput = z
  .object({
    externalId: z.string().trim().min(1).max(255),
    memberCode: memberCode.optional(),
    cardToken: cardToken.optional(),
    amount,
    currency: currency.default('EUR'),
    occurredAt: z.iso.datetime({ offset: true }),
    lines: z.array(purchaseLine).max(500).optional(),
    /** Redemptions made for this basket before the purchase was sent, to link them to it. */
    redemptionIds: z.array(z.uuid()).max(20).optional(),
  })
  .refine((purchase) => !(purchase.memberCode && purchase.cardToken), {
    message: 'Give memberCode or cardToken, not both',
    path: ['cardToken'],
  });

export const purchaseOutput = z.object({
  purchase: z.object({
    id: z.string(),
    externalId: z.string(),
    pointsEarned: z.number().int(),
    /** Other points credited with this purchase (a first purchase on a channel). */
    bonusPoints: z.number().int(),
    customer: z
      .object({
        id: z.string(),
        pointsBalance: z.number().int(),
        tier: tierRef,
        /** Only when this purchase moved the customer's tier. */
        tierChange: z.object({ from: tierRef, to: tierRef }).optional(),
      })
      .optional(),
    /** Only for a purchase without a customer: printed on the receipt to claim its points. */
    claimCode: z.string().optional(),
  }),
});

export const idempotencyKey = z.string().min(1).max(255);

export const basketQuoteInput = z
  .object({
    memberCode: memberCode.optional(),
    cardToken: cardToken.optional(),
    amount,
    currency: currency.default('EUR'),
    lines: z.array(purchaseLine).max(500).optional(),
  })
  .refine((basket) => !(basket.memberCode && basket.cardToken), {
    message: 'Give memberCode or cardToken, not both',
    path: ['cardToken'],
  });

export const basketQuoteOutput = z.object({
  points: z.number().int(),
  lines: z.array(
    z.object({
      step: z.enum([
        'BASE_RATE',
        'PRODUCT_BONUS',
        'PROMOTION',
        'TIER',
        'PURCHASE_CAP',
        'DAILY_CAP',
      ]),
      label: z.string(),
      points: z.number().int(),
    }),
  ),
  promotions: z.array(z.object({ id: z.string(), name: z.string(), multiplier: z.number().int() })),
});

export const refundLine = z.object({
  sku: purchaseLine.shape.sku,
  quantity: purchaseLine.shape.quantity,
});

/** A refund by amount, or by returned lines priced from the purchase's own lines. */
export const refundInput = z
  .object({
    /** The purchase's externalId, from the path. */
    purchaseExternalId: z.string().trim().min(1).max(255),
    externalId: z.string().trim().min(1).max(255),
    amount: amount.refine((value) => value > 0, 'Must be a positive amount').optional(),
    lines: z.array(refundLine).min(1).max(500).optional(),
  })
  .refine((refund) => (refund.amount === undefined) !== (refund.lines === undefined), {
    message: 'Give amount or lines, exactly one of them',
    path: ['amount'],
  });

export const refundOutput = z.object({
  refund: z.object({
    id: z.string(),
    pointsClawedBack: z.number().int(),
    /** Points owed back that the customer had already spent (policy CAP_AT_BALANCE). */
    pointsWrittenOff: z.number().int(),
    customer: z.object({ pointsBalance: z.number().int() }).optional(),
  }),
});
