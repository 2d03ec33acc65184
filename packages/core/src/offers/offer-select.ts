import type { Prisma } from '@fidele/db';
import { discountTermsSelect } from '../rewards/index.ts';

/** An offer's own columns: its text, dates, benefit and discount, limits and claims. */
export const offerColumns = {
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
} as const satisfies Prisma.OfferSelect;

const targetTier = {
  select: { id: true, code: true, name: true, nameFr: true, colour: true, rank: true },
} as const;

/** What deciding on and showing an offer to a customer needs. */
export const customerOfferSelect = {
  ...offerColumns,
  tiers: { select: { tier: targetTier } },
  segments: { select: { segmentId: true } },
} as const satisfies Prisma.OfferSelect;

/** What the admin shows of an offer: its targets by name, lowest tier first. */
export const adminOfferSelect = {
  ...offerColumns,
  createdAt: true,
  tiers: { select: { tier: targetTier }, orderBy: { tier: { rank: 'asc' } } },
  segments: { select: { segment: { select: { id: true, name: true } } } },
} as const satisfies Prisma.OfferSelect;

export type CustomerOfferRow = Prisma.OfferGetPayload<{ select: typeof customerOfferSelect }>;

export const offerTarget = (offer: CustomerOfferRow) => ({
  tiers: offer.tiers.map(({ tier }) => tier),
  segmentIds: offer.segments.map(({ segmentId }) => segmentId),
});
