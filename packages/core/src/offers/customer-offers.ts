import type { Db, OfferBenefit, RewardChannels, Tx } from '@fidele/db';
import { type DiscountView, toDiscountView } from '../rewards/index.ts';
import { segmentsOfCustomer } from '../segments/index.ts';
import { claimsLeft, offerAccess } from './offer-rules.ts';
import { customerOfferSelect, offerTarget } from './offer-select.ts';

export type CustomerOffer = {
  id: string;
  title: { en: string; fr: string };
  text: { en: string; fr: string };
  imageUrl: string | null;
  benefit: OfferBenefit;
  discount: DiscountView;
  startsAt: Date;
  endsAt: Date;
  /**
   * `available`: claims left; `used`: the customer reached their limit; `sold_out`: the overall
   * cap is reached; `locked`: their tier is too low (`unlockTier` opens it).
   */
  state: 'available' | 'used' | 'sold_out' | 'locked';
  claimsLeft: number;
  /** The tier that unlocks a locked offer. */
  unlockTier: { code: string; name: string; nameFr: string; colour: string; rank: number } | null;
};

/** The customer's live offers: the ones they may use, and the ones a higher tier would unlock. */
export const listOffersFor = async (
  db: Db | Tx,
  input: { customerId: string; now?: Date; channels?: RewardChannels[] },
): Promise<CustomerOffer[]> => {
  const now = input.now ?? new Date();
  const customer = await db.customer.findUniqueOrThrow({
    where: { id: input.customerId },
    select: { tier: { select: { id: true, rank: true } } },
  });
  const offers = await db.offer.findMany({
    where: {
      archivedAt: null,
      startsAt: { lte: now },
      endsAt: { gt: now },
      ...(input.channels ? { channels: { in: input.channels } } : {}),
    },
    orderBy: [{ endsAt: 'asc' }, { id: 'asc' }],
    select: customerOfferSelect,
  });
  if (offers.length === 0) return [];
  const segmentIds = await segmentsOfCustomer(
    db,
    input.customerId,
    [...new Set(offers.flatMap((offer) => offerTarget(offer).segmentIds))],
    now,
  );
  const claims = await db.offerClaim.groupBy({
    by: ['offerId'],
    where: { customerId: input.customerId, offerId: { in: offers.map((offer) => offer.id) } },
    _count: { _all: true },
  });
  const claimedOf = (offerId: string) =>
    claims.find((claim) => claim.offerId === offerId)?._count._all ?? 0;

  return offers.flatMap((offer): CustomerOffer[] => {
    const access = offerAccess(offerTarget(offer), { tier: customer.tier, segmentIds });
    if (access.kind === 'hidden') return [];
    const claimed = claimedOf(offer.id);
    const left = access.kind === 'open' ? claimsLeft(offer, claimed) : 0;
    return [
      {
        id: offer.id,
        title: { en: offer.titleEn, fr: offer.titleFr },
        text: { en: offer.textEn, fr: offer.textFr },
        imageUrl: offer.imageUrl,
        benefit: offer.benefit,
        discount: toDiscountView(offer),
        startsAt: offer.startsAt,
        endsAt: offer.endsAt,
        state:
          access.kind === 'locked'
            ? 'locked'
            : left > 0
              ? 'available'
              : claimed >= offer.perCustomerLimit
                ? 'used'
                : 'sold_out',
        claimsLeft: left,
        unlockTier:
          access.kind === 'locked'
            ? {
                code: access.tier.code,
                name: access.tier.name,
                nameFr: access.tier.nameFr,
                colour: access.tier.colour,
                rank: access.tier.rank,
              }
            : null,
      },
    ];
  });
};
