import { Prisma, queryRows, type Db, type OfferBenefit, type Tx } from '@fidele/db';
import { type IdempotencyScope, type StoredAnswer, storedAnswerOf } from '../idempotency/index.ts';
import type { DiscountTerms } from '../rewards/index.ts';

/** A tier an offer targets, as its refusal names it. */
export type OfferTargetTier = { id: string; name: string; rank: number };

/** Everything an offer claim is decided on; the offer's and the customer's columns null when absent. */
export type OfferClaimRead = {
  offerId: string | null;
  startsAt: Date;
  endsAt: Date;
  archivedAt: Date | null;
  benefit: OfferBenefit;
  perCustomerLimit: number;
  tiers: OfferTargetTier[];
  /** The rules of the segments it targets, as stored. */
  segments: { id: string; rule: unknown }[];
  customerId: string | null;
  tierId: string;
  tierRank: number;
  /** Support blocked her account: nothing is claimed for her. */
  blocked: boolean;
  /** The customer's claims of the offer so far: `claim_offer` checks it under the customer's lock. */
  claimedBefore: number;
  stored: StoredAnswer | null;
} & DiscountTerms;

/**
 * The offer with its targets, the customer's tier and claims of it, and the key's answer: one
 * statement, without a lock (`claim_offer` re-checks the tier and the claims under it).
 */
export const readOfferClaim = async (
  db: Db | Tx,
  input: { customerId: string; offerId: string },
  scope: IdempotencyScope | undefined,
): Promise<OfferClaimRead> => {
  const [read] = await queryRows<OfferClaimRead>(
    db,
    Prisma.sql`
    SELECT o.id AS "offerId", o."startsAt", o."endsAt", o."archivedAt", o.benefit,
           o."perCustomerLimit", o."discountType", o."discountValue", o."discountCap", o.currency,
           o."minBasket", o.channels,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name, 'rank', t.rank)
                                      ORDER BY t.rank)
                     FROM "OfferTier" ot JOIN "Tier" t ON t.id = ot."tierId"
                     WHERE ot."offerId" = o.id), '[]') AS tiers,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'rule', s.rule))
                     FROM "OfferSegment" os JOIN "Segment" s ON s.id = os."segmentId"
                     WHERE os."offerId" = o.id), '[]') AS segments,
           c.id AS "customerId", c."tierId", ct.rank AS "tierRank",
           c."blockedAt" IS NOT NULL AS blocked,
           (SELECT count(*)::int FROM "OfferClaim" oc
            WHERE oc."offerId" = o.id AND oc."customerId" = c.id) AS "claimedBefore",
           ${storedAnswerOf(scope)} AS stored
    FROM (SELECT 1) AS one
    LEFT JOIN "Offer" o ON o.id = ${input.offerId}::uuid
    LEFT JOIN "Customer" c ON c.id = ${input.customerId}::uuid
    LEFT JOIN "Tier" ct ON ct.id = c."tierId"`,
  );
  return read!;
};
