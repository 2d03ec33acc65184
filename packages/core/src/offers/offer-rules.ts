/** The pure rules of VIP offers: when one is live, who may use it, who sees it locked. */

export type OfferPhase = 'scheduled' | 'live' | 'ended' | 'archived';

export const offerPhase = (
  offer: { startsAt: Date; endsAt: Date; archivedAt: Date | null },
  now: Date,
): OfferPhase => {
  if (offer.archivedAt) return 'archived';
  if (now < offer.startsAt) return 'scheduled';
  return now < offer.endsAt ? 'live' : 'ended';
};

type TargetTier = { id: string; rank: number };

export type OfferAccess<T extends TargetTier> =
  | { kind: 'open' }
  /** Reaching `tier` (the lowest targeted tier above the customer's) would unlock it. */
  | { kind: 'locked'; tier: T }
  | { kind: 'hidden' };

/**
 * A customer may use an offer when they are on one of its tiers (if it names tiers) and in one of
 * its segments (if it names segments). One who only lacks the tier, and can still climb to one of
 * them, is shown the offer locked; segment-only misses stay hidden (segments are marketing's own).
 */
export const offerAccess = <T extends TargetTier>(
  target: { tiers: T[]; segmentIds: string[] },
  customer: { tier: TargetTier; segmentIds: ReadonlySet<string> },
): OfferAccess<T> => {
  const inSegment =
    target.segmentIds.length === 0 || target.segmentIds.some((id) => customer.segmentIds.has(id));
  if (!inSegment) return { kind: 'hidden' };
  if (target.tiers.length === 0 || target.tiers.some((tier) => tier.id === customer.tier.id))
    return { kind: 'open' };
  const above = target.tiers
    .filter((tier) => tier.rank > customer.tier.rank)
    .sort((a, b) => a.rank - b.rank);
  return above[0] ? { kind: 'locked', tier: above[0] } : { kind: 'hidden' };
};

/** Claims a customer has left: their own limit, and never more than what remains of the cap. */
export const claimsLeft = (
  offer: { perCustomerLimit: number; totalCap: number | null; claimedCount: number },
  claimedByCustomer: number,
): number => {
  const own = Math.max(0, offer.perCustomerLimit - claimedByCustomer);
  return offer.totalCap === null
    ? own
    : Math.min(own, Math.max(0, offer.totalCap - offer.claimedCount));
};
