import { z } from 'zod';
import { cardToken, page, pageSize, uuid } from './common.ts';
import { checkDiscountTerms, discountTermsInput } from './reward-admin.ts';
import { discountView, issuedCode } from './rewards.ts';

/** A VIP offer as marketing edits it (README, "VIP offers"). */
export const offerInput = z
  .object({
    titleEn: z.string().trim().min(1, 'Enter a title').max(120),
    titleFr: z.string().trim().min(1, 'Enter a French title').max(120),
    textEn: z.string().trim().max(2000).default(''),
    textFr: z.string().trim().max(2000).default(''),
    imageUrl: z.url().max(500).nullable().default(null),
    /** Customers on any of these tiers qualify… */
    tierIds: z.array(uuid).max(20).default([]),
    /** …and, when segments are given, only if they belong to one of them. */
    segmentIds: z.array(uuid).max(20).default([]),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    benefit: z.enum(['DISCOUNT_CODE', 'TILL_BENEFIT']),
    ...discountTermsInput.shape,
    perCustomerLimit: z.number().int().min(1, 'At least 1').max(1_000).default(1),
    totalCap: z.number().int().min(1, 'At least 1').max(10_000_000).nullable().default(null),
  })
  .superRefine((offer, ctx) => {
    checkDiscountTerms(offer, ctx);
    if (offer.tierIds.length === 0 && offer.segmentIds.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['tierIds'],
        message: 'Target at least one tier or one segment',
      });
    if (offer.endsAt <= offer.startsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: 'The end must come after the start',
      });
    if (offer.benefit === 'TILL_BENEFIT' && offer.channels !== 'STORE')
      ctx.addIssue({
        code: 'custom',
        path: ['channels'],
        message: 'A benefit applied at the till is for shops only',
      });
  });

export type OfferInput = z.infer<typeof offerInput>;

export const offerIdInput = z.object({ offerId: uuid });

export const offerUpdateInput = offerIdInput.extend({ data: offerInput });

export const offerArchiveInput = offerIdInput.extend({ archived: z.boolean() });

export const OFFER_STATUSES = ['live', 'scheduled', 'ended', 'archived'] as const;

export const OFFER_SORTS = ['startsAt', 'claimedCount'] as const;

export const offerListInput = z.object({
  /** Words of the title, in either language. */
  query: z.string().trim().max(100).optional(),
  status: z.enum(OFFER_STATUSES).optional(),
  sort: z.enum(OFFER_SORTS).default('startsAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  page,
  pageSize,
});

export const offerClaimsInput = offerIdInput.extend({ page, pageSize });

export const myOfferClaimInput = offerIdInput;

/** POS contract: claim an offer for the customer at the till or on the e-shop. */
export const offerClaimInput = z.object({ id: uuid, offerId: uuid, cardToken });

export const terminalOffer = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  benefit: z.enum(['DISCOUNT_CODE', 'TILL_BENEFIT']),
  discount: discountView,
  validUntil: z.iso.datetime(),
  /** Claims this customer has left (the per-customer limit, or what is left of the cap). */
  claimsLeft: z.number().int(),
});

export const customerOffersOutput = z.object({ offers: z.array(terminalOffer) });

export const offerClaimOutput = z.object({
  claim: z.object({
    id: z.string(),
    offerId: z.string(),
    benefit: z.enum(['DISCOUNT_CODE', 'TILL_BENEFIT']),
    discount: discountView,
  }),
  /** The personal code (DISCOUNT_CODE offers only). */
  code: issuedCode.optional(),
  customer: z.object({ pointsBalance: z.number().int() }),
});
