import type { Prisma } from '@fidele/db';
import { discountTermsSelect } from '../rewards/index.ts';

/** What deciding on and showing an offer to a customer needs. */
export const customerOfferSelect = {
  id: true,
  titleEn: true,
  titleFr: true,
  textEn: true,
  textFr: true,
  imageUrl: true,
  startsAt: true,
  endsAt: true,
  archivedAt: true,
  benefit: true,
  perCustomerLimit: true,
  totalCap: true,
  claimedCount: true,
  ...discountTermsSelect,
  tiers: {
    select: {
      tier: {
        select: { id: true, code: true, name: true, nameFr: true, colour: true, rank: true },
      },
    },
  },
  segments: { select: { segmentId: true } },
} as const satisfies Prisma.OfferSelect;

export type CustomerOfferRow = Prisma.OfferGetPayload<{ select: typeof customerOfferSelect }>;

export const offerTarget = (offer: CustomerOfferRow) => ({
  tiers: offer.tiers.map(({ tier }) => tier),
  segmentIds: offer.segments.map(({ segmentId }) => segmentId),
});
