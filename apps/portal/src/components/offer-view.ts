import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';

/** A live VIP offer as the portal receives it: usable, used up, or locked behind a higher tier. */
export type CustomerOffer = inferRouterOutputs<CustomerRouter>['offers']['list'][number];
export type OfferState = CustomerOffer['state'];

type OfferLike = Pick<CustomerOffer, 'state' | 'benefit' | 'claimsLeft' | 'unlockTier'>;

/**
 * The offers page's groups, in order: what she can use now, then what a higher tier would unlock
 * (the reason to come back), then what is used up (by her, or by everyone: the cap).
 */
export const OFFER_GROUPS = {
  available: ['available'],
  locked: ['locked'],
  used: ['used', 'sold_out'],
} as const satisfies Record<string, readonly OfferState[]>;

export type OfferGroup = keyof typeof OFFER_GROUPS;

/** The offers of one group, in the server's order (those ending soonest first). */
export const offersIn = <T extends OfferLike>(offers: readonly T[], group: OfferGroup): T[] =>
  offers.filter((offer) => (OFFER_GROUPS[group] as readonly OfferState[]).includes(offer.state));

/**
 * What a card lets her do: get a code now, show her member card at the till (a till benefit
 * needs no code), nothing more (she used it up, or everyone did), or climb to the tier that
 * unlocks it.
 */
export type OfferAction = 'claim' | 'till' | 'usedUp' | 'soldOut' | 'locked';

export const offerAction = (offer: OfferLike): OfferAction => {
  if (offer.state === 'locked') return 'locked';
  if (offer.state === 'used') return 'usedUp';
  if (offer.state === 'sold_out') return 'soldOut';
  return offer.benefit === 'DISCOUNT_CODE' ? 'claim' : 'till';
};

/** Uses left are worth saying only when she can use the offer more than once. */
export const showsClaimsLeft = (offer: OfferLike): boolean =>
  offer.state === 'available' && offer.claimsLeft > 1;

/**
 * Home's offers: up to `max` she can use now; failing those, one locked teaser, the one the
 * nearest tier unlocks; nothing when she has no offer either way (used-up ones are no news on
 * the home page).
 */
export const homeOffers = <T extends OfferLike>(offers: readonly T[], max = 2): T[] => {
  const available = offersIn(offers, 'available');
  if (available.length) return available.slice(0, max);
  const rank = (offer: T) => offer.unlockTier?.rank ?? Number.POSITIVE_INFINITY;
  const nearest = offersIn(offers, 'locked').sort((a, b) => rank(a) - rank(b))[0];
  return nearest ? [nearest] : [];
};
