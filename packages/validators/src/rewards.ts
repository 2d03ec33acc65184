import { z } from 'zod';
import { amount, cardToken, currency } from './common.ts';

/** Schemas of the rewards and discount-code part of the POS contract. */

export const discountView = z.object({
  type: z.enum(['FIXED_AMOUNT', 'PERCENTAGE', 'FREE_SHIPPING']),
  amount: z.number().int().optional(),
  percent: z.number().int().optional(),
  cap: z.number().int().optional(),
  currency: z.string(),
  minBasket: z.number().int().optional(),
  channels: z.enum(['ONLINE', 'STORE', 'BOTH']),
});

export const issuedCode = z.object({
  code: z.string(),
  discount: discountView,
  validUntil: z.iso.datetime(),
});

export const customerPath = z.object({ id: z.uuid() });

export const customerRewardsInput = customerPath.extend({
  cardToken: cardToken
    .describe(
      "The customer's current member-card token (`FDL:…`), scanned from their card at the till or " +
        "given by the customer's signed-in portal session at the e-shop's checkout: proof the " +
        'customer is there. Without it, the codes are masked.',
    )
    .optional(),
});

/** A code listed without the customer: its terms, never what would redeem it. */
export const maskedCode = z.object({
  last4: z.string().describe('The last 4 characters of the code, so the customer can tell it.'),
  discount: discountView,
  validUntil: z.iso.datetime(),
});

export const customerRewardsOutput = z.object({
  rewards: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      pointsCost: z.number().int(),
      discount: discountView,
      affordable: z.boolean(),
    }),
  ),
  codes: z
    .array(z.union([issuedCode, maskedCode]))
    .describe(
      "The customer's active codes usable on this channel: in clear with a valid `cardToken`, " +
        'otherwise masked (`code` absent, `last4` given).',
    ),
});

export const claimInput = z.object({ id: z.uuid(), rewardId: z.uuid(), cardToken });

export const claimOutput = z.object({
  code: issuedCode,
  customer: z.object({ pointsBalance: z.number().int() }),
});

/** A code as typed or scanned: separators and case are forgiven. */
export const discountCode = z.string().trim().min(1).max(40);

export const codeUseInput = z.object({
  code: discountCode,
  basketAmount: amount,
  currency: currency.default('EUR'),
});

export const validateOutput = z.union([
  z.object({
    valid: z.literal(true),
    discount: z.object({ type: discountView.shape.type, amountOff: z.number().int() }),
  }),
  z.object({ valid: z.literal(false), reason: z.string(), message: z.string() }),
]);

export const redeemInput = codeUseInput.extend({
  purchaseExternalId: z.string().trim().min(1).max(255).optional(),
});

export const redeemOutput = z.object({
  redemption: z.object({ id: z.string(), code: z.string(), amountOff: z.number().int() }),
});

export const rollbackInput = z.object({ id: z.uuid() });

export const rollbackOutput = z.object({
  redemption: z.object({ id: z.string(), status: z.literal('ROLLED_BACK') }),
});
