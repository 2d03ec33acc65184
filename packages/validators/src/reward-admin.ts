import { z } from 'zod';
import { amount, currency } from './common.ts';

/** The discount a reward or an offer gives, as marketing edits it. */
export const discountTermsInput = z.object({
  discountType: z.enum(['FIXED_AMOUNT', 'PERCENTAGE', 'FREE_SHIPPING']),
  /** FIXED_AMOUNT: minor units; PERCENTAGE: 1–100; FREE_SHIPPING: ignored. */
  discountValue: z.number().int().nonnegative().default(0),
  discountCap: amount.positive().nullable().default(null),
  currency: currency.default('EUR'),
  minBasket: amount.nullable().default(null),
  channels: z.enum(['ONLINE', 'STORE', 'BOTH']),
});

type DiscountTerms = z.output<typeof discountTermsInput>;

/** Rules across the fields of a discount, reported on the field to fix. */
export const checkDiscountTerms = (terms: DiscountTerms, ctx: z.RefinementCtx) => {
  if (terms.discountType === 'FIXED_AMOUNT' && terms.discountValue < 1)
    ctx.addIssue({
      code: 'custom',
      path: ['discountValue'],
      message: 'A fixed discount needs an amount',
    });
  if (terms.discountType === 'PERCENTAGE' && (terms.discountValue < 1 || terms.discountValue > 100))
    ctx.addIssue({
      code: 'custom',
      path: ['discountValue'],
      message: 'A percentage is between 1 and 100',
    });
  if (terms.discountType === 'FREE_SHIPPING' && terms.channels !== 'ONLINE')
    ctx.addIssue({
      code: 'custom',
      path: ['channels'],
      message: 'Free shipping is for online orders only',
    });
  if (terms.discountType !== 'PERCENTAGE' && terms.discountCap !== null)
    ctx.addIssue({
      code: 'custom',
      path: ['discountCap'],
      message: 'Only a percentage has a cap',
    });
};

/** A reward as marketing edits it in the admin. */
export const rewardInput = z
  .object({
    nameEn: z.string().trim().min(1).max(120),
    nameFr: z.string().trim().min(1).max(120),
    descriptionEn: z.string().trim().max(1000).default(''),
    descriptionFr: z.string().trim().max(1000).default(''),
    imageUrl: z.url().max(500).nullable().default(null),
    pointsCost: z.number().int().positive().max(10_000_000),
    ...discountTermsInput.shape,
    validityDays: z.number().int().positive().max(3650).nullable().default(30),
    validFrom: z.coerce.date().nullable().default(null),
    validUntil: z.coerce.date().nullable().default(null),
    minTierId: z.uuid().nullable().default(null),
    stock: z.number().int().nonnegative().max(10_000_000).nullable().default(null),
  })
  .superRefine((reward, ctx) => {
    checkDiscountTerms(reward, ctx);
    if (reward.validityDays === null && reward.validUntil === null)
      ctx.addIssue({
        code: 'custom',
        path: ['validityDays'],
        message: 'Give a validity in days or an end date',
      });
    if (reward.validFrom && reward.validUntil && reward.validFrom >= reward.validUntil)
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'The end date must come after the start date',
      });
  });

export type RewardInput = z.infer<typeof rewardInput>;
