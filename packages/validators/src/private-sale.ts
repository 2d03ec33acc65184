import { z } from 'zod';
import { page, pageSize, uuid } from './common.ts';

export const PRIVATE_SALE_KINDS = ['PRIVATE_SALE', 'PREVIEW', 'WORKSHOP'] as const;

export const MESSAGE_CHANNELS = ['EMAIL', 'SMS'] as const;

/** A private sale, preview or workshop as marketing edits it (README, "Private sales"). */
export const privateSaleInput = z
  .object({
    kind: z.enum(PRIVATE_SALE_KINDS).default('PRIVATE_SALE'),
    nameEn: z.string().trim().min(1, 'Enter a name').max(120),
    nameFr: z.string().trim().min(1, 'Enter a French name').max(120),
    textEn: z.string().trim().max(2000).default(''),
    textFr: z.string().trim().max(2000).default(''),
    /** The shop it takes place in; null for an online event. */
    shopId: uuid.nullable().default(null),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    capacity: z.number().int().min(1, 'At least 1 place').max(1_000_000),
    /** Hours a customer from the waitlist has to confirm a freed place before it passes on. */
    waitlistOfferHours: z
      .number()
      .int()
      .min(1, 'Between 1 and 336 hours')
      .max(336, 'Between 1 and 336 hours')
      .default(24),
    /** An online event's discount on each guest's own e-shop code, in percent; none: no code. */
    discountPercent: z
      .number()
      .int()
      .min(1, 'Between 1 and 100 %')
      .max(100, 'Between 1 and 100 %')
      .nullable()
      .default(null),
    /** Points each guest earns when a till checks her in (channel STORE); 0: none. */
    checkInPoints: z
      .number()
      .int()
      .min(0, 'Between 0 and 100,000 points')
      .max(100_000, 'Between 0 and 100,000 points')
      .default(0),
    /** Where invitations go besides the portal; each needs the customer's consent. */
    channels: z.array(z.enum(MESSAGE_CHANNELS)).max(2).default(['EMAIL']),
    /** Customers on any of these tiers are invited… */
    tierIds: z.array(uuid).max(20).default([]),
    /** …and, when segments are given, only those in one of them. */
    segmentIds: z.array(uuid).max(20).default([]),
  })
  .superRefine((sale, ctx) => {
    if (sale.checkInPoints > 0 && !sale.shopId)
      ctx.addIssue({
        code: 'custom',
        path: ['checkInPoints'],
        message: 'Only an event in a shop has a check-in at its till',
      });
    if (sale.tierIds.length === 0 && sale.segmentIds.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['tierIds'],
        message: 'Invite at least one tier or one segment',
      });
    if (sale.discountPercent !== null && sale.shopId !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['discountPercent'],
        message: 'A discount code is for online events: in a shop, the till applies the sale',
      });
    if (sale.endsAt <= sale.startsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: 'The end must come after the start',
      });
  });

export type PrivateSaleInput = z.infer<typeof privateSaleInput>;

export const privateSaleIdInput = z.object({ privateSaleId: uuid });

export const privateSaleUpdateInput = privateSaleIdInput.extend({ data: privateSaleInput });

export const privateSaleArchiveInput = privateSaleIdInput.extend({ archived: z.boolean() });

export const privateSaleInvitationsInput = privateSaleIdInput.extend({ page, pageSize });

export const invitationIdInput = z.object({ invitationId: uuid });

/** The customer accepts or declines an invitation in the portal. */
export const invitationAnswerInput = z.object({ invitationId: uuid, accept: z.boolean() });

/** POS contract: a till checks an invitation in by the code in its QR. */
export const invitationCheckInInput = z.object({
  code: z.string().trim().min(1, 'Enter the invitation code').max(64),
});

export const invitationCheckInOutput = z.object({
  invitation: z.object({
    id: z.string(),
    status: z.literal('CHECKED_IN'),
    checkedInAt: z.string(),
    privateSale: z.object({ id: z.string(), name: z.string() }),
    customer: z.object({
      firstName: z.string(),
      tier: z.object({ code: z.string(), name: z.string() }),
    }),
    pointsEarned: z.number().int(),
  }),
});
