import type { ActorType, Channel, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import {
  type DiscountView,
  type IssuedCode,
  issueCode,
  toDiscountView,
  usableOn,
} from '../rewards/index.ts';
import { segmentsOfCustomer } from '../segments/index.ts';
import { offerNotFound } from './offer-admin.ts';
import { offerAccess, offerPhase } from './offer-rules.ts';
import { customerOfferSelect, offerTarget } from './offer-select.ts';

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
 * Claims an offer for a customer, in the caller's transaction. The customer's row is locked so
 * their concurrent claims count one after the other (the per-customer limit), and the cap is taken
 * last by a conditional update (the offer's row is the lock every claimer shares, held briefly).
 * A DISCOUNT_CODE offer issues the personal code at once, valid until the offer ends; a
 * TILL_BENEFIT offer is claimed by the till or the e-shop that applies it.
 */
export const claimOffer = async (
  tx: Tx,
  input: {
    customerId: string;
    offerId: string;
    channel: Channel;
    actor: { type: ActorType; id?: string };
    shopId?: string;
    now?: Date;
  },
): Promise<OfferClaimResult> => {
  const now = input.now ?? new Date();
  const offer = await tx.offer.findUnique({
    where: { id: input.offerId },
    select: customerOfferSelect,
  });
  if (!offer || offer.archivedAt) throw offerNotFound();
  if (offerPhase(offer, now) !== 'live') throw new AppError('offer_not_available');
  const claimable =
    input.channel === 'APP'
      ? offer.benefit === 'DISCOUNT_CODE'
      : usableOn(offer.channels, input.channel);
  if (!claimable)
    throw new AppError(
      'offer_not_valid_on_channel',
      offer.benefit === 'TILL_BENEFIT' && input.channel === 'APP'
        ? 'This offer is applied at the till: show your member card.'
        : 'This offer cannot be used on this channel.',
    );

  // The lock is taken on the customer's row alone, then the tier is joined to what it returns: a
  // locking scan with a join re-checks the join against the tier read before the wait, so a
  // customer whose tier changed meanwhile would drop out (a false 404).
  const [customer] = await tx.$queryRaw<{ tierId: string; rank: number }[]>`
    WITH locked AS (
      SELECT "tierId" FROM "Customer" WHERE id = ${input.customerId}::uuid FOR NO KEY UPDATE
    )
    SELECT l."tierId", t.rank FROM locked l JOIN "Tier" t ON t.id = l."tierId"`;
  if (!customer) throw new AppError('customer_not_found');
  const target = offerTarget(offer);
  const access = offerAccess(target, {
    tier: { id: customer.tierId, rank: customer.rank },
    segmentIds: await segmentsOfCustomer(tx, input.customerId, target.segmentIds, now),
  });
  if (access.kind !== 'open')
    throw new AppError(
      'offer_not_eligible',
      access.kind === 'locked'
        ? `This offer is for ${target.tiers.map((tier) => tier.name).join(', ')} members.`
        : 'This offer is not open to this customer.',
    );
  const claimed = await tx.offerClaim.count({
    where: { offerId: offer.id, customerId: input.customerId },
  });
  if (claimed >= offer.perCustomerLimit)
    throw new AppError(
      'offer_limit_reached',
      `This offer can be claimed ${offer.perCustomerLimit} time(s) per customer.`,
    );

  const code =
    offer.benefit === 'DISCOUNT_CODE'
      ? await issueCode(tx, {
          customerId: input.customerId,
          terms: offer,
          source: { offerId: offer.id },
          validFrom: now,
          validUntil: offer.endsAt,
          channel: input.channel,
          shopId: input.shopId,
          actor: input.actor,
        })
      : undefined;
  const claim = await tx.offerClaim.create({
    data: {
      offerId: offer.id,
      customerId: input.customerId,
      channel: input.channel,
      shopId: input.shopId,
      codeId: code?.id,
    },
    select: { id: true },
  });
  const taken = await tx.$executeRaw`
    UPDATE "Offer" SET "claimedCount" = "claimedCount" + 1
    WHERE id = ${offer.id}::uuid AND ("totalCap" IS NULL OR "claimedCount" < "totalCap")`;
  if (!taken) throw new AppError('offer_out_of_stock');
  return {
    claim: {
      id: claim.id,
      offerId: offer.id,
      benefit: offer.benefit,
      discount: toDiscountView(offer),
    },
    ...(code ? { code } : {}),
  };
};
