import { randomUUID } from 'node:crypto';
import type { ActorType, Channel } from '@fidele/db';
import { AppError } from '../errors.ts';
import {
  type DiscountTerms,
  type DiscountView,
  generateDiscountCode,
  type IssuedCode,
  toDiscountView,
  usableOn,
} from '../rewards/index.ts';
import { offerNotFound } from './offer-admin.ts';
import type { OfferClaimRead } from './offer-claim-read.ts';
import { offerAccess, offerPhase } from './offer-rules.ts';

export type OfferClaimInput = {
  customerId: string;
  offerId: string;
  channel: Channel;
  actor: { type: ActorType; id?: string };
  shopId?: string;
  now?: Date;
};

export type OfferClaimResult = {
  claim: {
    id: string;
    offerId: string;
    benefit: 'DISCOUNT_CODE' | 'TILL_BENEFIT';
    discount: DiscountView;
  };
  code?: IssuedCode;
};

/**
 * Decides an offer claim on its read: the offer live, claimable on the channel, open to the
 * customer (their tier, and `segmentIds`, the offer's segments they are in) and under their
 * per-customer limit; a DISCOUNT_CODE offer's code made, valid until the offer ends. Pure: throws
 * the refusals; `claim_offer` takes the cap and writes the rest if the customer is still as read.
 */
export const decideOfferClaim = (
  read: OfferClaimRead,
  segmentIds: ReadonlySet<string>,
  input: OfferClaimInput,
  now: Date,
) => {
  if (!read.offerId || read.archivedAt) throw offerNotFound();
  if (offerPhase(read, now) !== 'live') throw new AppError('offer_not_available');
  // The portal claims only what issues a code; a till or the e-shop what it can apply itself.
  const claimable =
    input.channel === 'APP'
      ? read.benefit === 'DISCOUNT_CODE'
      : usableOn(read.channels, input.channel);
  if (!claimable)
    throw new AppError(
      'offer_not_valid_on_channel',
      read.benefit === 'TILL_BENEFIT' && input.channel === 'APP'
        ? 'This offer is applied at the till: show your member card.'
        : 'This offer cannot be used on this channel.',
    );
  if (!read.customerId) throw new AppError('customer_not_found');
  if (read.blocked) throw new AppError('customer_blocked');
  const access = offerAccess(
    { tiers: read.tiers, segmentIds: read.segments.map(({ id }) => id) },
    { tier: { id: read.tierId, rank: read.tierRank }, segmentIds },
  );
  if (access.kind !== 'open')
    throw new AppError(
      'offer_not_eligible',
      access.kind === 'locked'
        ? `This offer is for ${read.tiers.map((tier) => tier.name).join(', ')} members.`
        : 'This offer is not open to this customer.',
    );
  if (read.claimedBefore >= read.perCustomerLimit)
    throw new AppError(
      'offer_limit_reached',
      `This offer can be claimed ${read.perCustomerLimit} time(s) per customer.`,
    );

  const terms: DiscountTerms = {
    discountType: read.discountType,
    discountValue: read.discountValue,
    discountCap: read.discountCap,
    currency: read.currency,
    minBasket: read.minBasket,
    channels: read.channels,
  };
  const discount = toDiscountView(terms);
  const code =
    read.benefit === 'DISCOUNT_CODE'
      ? { id: randomUUID(), code: generateDiscountCode(), validFrom: now, validUntil: read.endsAt }
      : undefined;
  const claim = { id: randomUUID(), offerId: read.offerId, benefit: read.benefit, discount };
  const claimed: OfferClaimResult = { claim, ...(code ? { code: { ...code, discount } } : {}) };
  return {
    claimed,
    call: {
      customerId: input.customerId,
      tierId: read.tierId,
      claimedBefore: read.claimedBefore,
      offerId: read.offerId,
      claim: { id: claim.id, channel: input.channel, shopId: input.shopId },
      code: code && { ...code, ...terms },
      actor: input.actor,
    },
  };
};
