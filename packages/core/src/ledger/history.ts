import { Prisma, type Channel, type Db, type MovementType, type Tx } from '@fidele/db';

export type MovementView = {
  id: string;
  type: MovementType;
  channel: Channel;
  points: number;
  /** The spendable balance after the movement; null when it only moved pending points or debt. */
  balanceAfter: number | null;
  /** When the points this movement earned become spendable, while they are pending. */
  pendingUntil: Date | null;
  sourceType: string;
  sourceId: string | null;
  /** The staff member's internal note: never shown to the customer. */
  reason: string | null;
  /** What an adjustment was for, as its staff member wrote it for the customer. */
  customerReason: string | null;
  /** When it was recorded. */
  createdAt: Date;
  /**
   * When what it records happened: a purchase's (or a claimed receipt's) `occurredAt`, which a
   * till may send late; otherwise when the movement was recorded.
   */
  occurredAt: Date;
};

export type HistoryPurchase = { id: string; shopName: string; amount: number; currency: string };

/** The purchase a refund's movement took points back for, or whose pending points it released. */
export type HistoryRefund = { purchaseId: string; shopName: string; purchasedAt: Date };

/** An expiry's lot: when its points were earned. */
export type HistoryExpiry = { earnedAt: Date };

/** The reward a code was claimed for with points (or whose cancelled code gave them back). */
export type HistoryReward = { name: { en: string; fr: string } };

/** The game a movement's points were won in, titled in each language. */
export type HistoryGame = { id: string; title: { en: string; fr: string } };

/** The contest whose entry a movement's points were for, titled in each language. */
export type HistoryContest = { slug: string; title: { en: string; fr: string } };

/** The private sale or event whose check-in gave a movement's points. */
export type HistoryInvitation = { id: string; name: { en: string; fr: string } };

/**
 * The other member of a referral a movement paid for: the friend who joined (to the referrer),
 * or the member who referred her (to the friend), by first name and initial.
 */
export type HistoryReferral = { name: string };

/**
 * A movement as the customer's history shows it, with what it was about: the purchase it came
 * from, the purchase a refund took points back for, the lot an expiry emptied, the reward a code
 * was claimed for, the game, contest, referral or invitation, if any.
 */
export type HistoryItem = MovementView & {
  purchase: HistoryPurchase | null;
  refund: HistoryRefund | null;
  /** The purchase whose pending points a release made spendable. */
  released: HistoryRefund | null;
  expiry: HistoryExpiry | null;
  reward: HistoryReward | null;
  game: HistoryGame | null;
  contest: HistoryContest | null;
  invitation: HistoryInvitation | null;
  referral: HistoryReferral | null;
  /**
   * Her other account the movement is about: the former account it was written on (merged into
   * this one since), or the account whose points a merge moved here.
   */
  otherAccount: { memberCode: string } | null;
};

type HistoryRow = MovementView & {
  purchaseId: string | null;
  purchaseShop: string | null;
  purchaseAmount: number | null;
  purchaseCurrency: string | null;
  refundPurchaseId: string | null;
  refundShop: string | null;
  refundPurchasedAt: Date | null;
  expiredLotEarnedAt: Date | null;
  rewardNameEn: string | null;
  rewardNameFr: string | null;
  gameId: string | null;
  gameTitleEn: string | null;
  gameTitleFr: string | null;
  contestSlug: string | null;
  contestTitleEn: string | null;
  contestTitleFr: string | null;
  invitationId: string | null;
  saleNameEn: string | null;
  saleNameFr: string | null;
  referralName: string | null;
  otherAccountCode: string | null;
};

/** The purchase a refund (or a release of pending points) is about, in its own field. */
const purchaseReferred = (
  type: MovementType,
  about: { [K in keyof HistoryRefund]: HistoryRefund[K] | null },
): Pick<HistoryItem, 'refund' | 'released'> => {
  const { purchaseId, shopName, purchasedAt } = about;
  const purchase =
    purchaseId !== null && shopName !== null && purchasedAt !== null
      ? { purchaseId, shopName, purchasedAt }
      : null;
  return type === 'RELEASE'
    ? { refund: null, released: purchase }
    : { refund: purchase, released: null };
};

const inLanguages = (en: string | null, fr: string | null) =>
  en !== null && fr !== null ? { en, fr } : null;

/**
 * A customer's movements, newest first (by `seq`, the order of recording, unique even when a
 * transaction's movements share a timestamp), `take` of them after the movement `cursor`: a
 * keyset on the (customerId, seq) index, so any page costs the same however long the history.
 * Movements of her accounts merged into this one are hers too: they stay where they were written.
 * One statement reads the page, then only its rows' balance, pending lot and what each is about.
 */
export const listMovements = async (
  db: Db | Tx,
  options: { customerId: string; take?: number; channel?: Channel; cursor?: string },
): Promise<HistoryItem[]> => {
  const { customerId } = options;
  const take = options.take ?? 50;
  const pageFilters = Prisma.sql`
    ${options.channel ? Prisma.sql`AND m.channel = ${options.channel}::"Channel"` : Prisma.empty}
    ${
      options.cursor
        ? Prisma.sql`AND m.seq < (SELECT c.seq FROM "Movement" c
                                  WHERE c.id = ${options.cursor}::uuid
                                    AND c."customerId" IN (SELECT ${customerId}::uuid UNION ALL
                                      SELECT id FROM "Customer" WHERE "mergedIntoId" = ${customerId}::uuid))`
        : Prisma.empty
    }`;
  const rows = await db.$queryRaw<HistoryRow[]>`
    WITH page AS (
      -- Hers, and those of her accounts merged into this one (few, found by their partial index),
      -- each read newest first on its own (customerId, seq) index, then interleaved.
      (SELECT m.* FROM "Movement" m
       WHERE m."customerId" = ${customerId}::uuid ${pageFilters}
       ORDER BY m.seq DESC LIMIT ${take})
      UNION ALL
      (SELECT m.* FROM "Customer" former JOIN "Movement" m ON m."customerId" = former.id
       WHERE former."mergedIntoId" = ${customerId}::uuid ${pageFilters}
       ORDER BY m.seq DESC LIMIT ${take})
      ORDER BY seq DESC LIMIT ${take}
    )
    SELECT m.id, m.type::text AS type, m.channel::text AS channel, m.points, m."sourceType",
           m."sourceId", m.reason, m."customerReason", m."createdAt",
           coalesce(p."occurredAt", m."createdAt") AS "occurredAt",
           -- A former account's balance is not hers to read here.
           CASE WHEN former.id IS NULL THEN e."balanceAfter" END AS "balanceAfter", lot."pendingUntil",
           coalesce(former."memberCode", merged."memberCode") AS "otherAccountCode",
           p.id AS "purchaseId", s.name AS "purchaseShop", p.amount AS "purchaseAmount",
           p.currency AS "purchaseCurrency",
           rp.id AS "refundPurchaseId", rs.name AS "refundShop", rp."occurredAt" AS "refundPurchasedAt",
           CASE WHEN m.type = 'EXPIRE' THEN xl."createdAt" END AS "expiredLotEarnedAt",
           rw."nameEn" AS "rewardNameEn", rw."nameFr" AS "rewardNameFr",
           g.id AS "gameId", g."titleEn" AS "gameTitleEn", g."titleFr" AS "gameTitleFr",
           c.slug AS "contestSlug", c."titleEn" AS "contestTitleEn", c."titleFr" AS "contestTitleFr",
           inv.id AS "invitationId", ps."nameEn" AS "saleNameEn", ps."nameFr" AS "saleNameFr",
           rc."firstName" || COALESCE(' ' || left(rc."lastName", 1) || '.', '') AS "referralName"
    FROM page m
    -- A movement written on one of her former accounts, and the account a merge moved points from.
    LEFT JOIN "Customer" former ON former.id = m."customerId" AND m."customerId" <> ${customerId}::uuid
    LEFT JOIN "Customer" merged
      ON merged.id = CASE WHEN m."sourceType" = 'MERGE_IN' THEN m."sourceId"::uuid END
    -- Reached from the movement's own entries, so a long history costs no more per row.
    LEFT JOIN LATERAL (
      SELECT e."balanceAfter" FROM "LedgerEntry" e JOIN "Account" a ON a.id = e."accountId"
      WHERE e."movementId" = m.id AND a.kind = 'CUSTOMER'
    ) e ON true
    LEFT JOIN LATERAL (
      SELECT "pendingUntil" FROM "PointLot"
      WHERE "movementId" = m.id AND "pendingUntil" IS NOT NULL LIMIT 1
    ) lot ON true
    -- A purchase's movement names it by id; other sources' ids are not uuids.
    LEFT JOIN "Purchase" p
      ON p.id = CASE WHEN m."sourceType" = 'PURCHASE' THEN m."sourceId"::uuid END
    LEFT JOIN "Shop" s ON s.id = p."shopId"
    -- An expiry or a release names its lot (lot-jobs' source LOT): the lot was opened when its
    -- points were earned, by what its source names.
    LEFT JOIN "PointLot" xl
      ON xl.id = CASE WHEN m."sourceType" = 'LOT' THEN m."sourceId"::uuid END
    -- A refund's movement names the refund (refunds' reversal), which names its purchase; a
    -- release's lot names the purchase whose points it held.
    LEFT JOIN "Refund" rf
      ON rf.id = CASE WHEN m."sourceType" = 'REFUND' THEN m."sourceId"::uuid END
    LEFT JOIN "Purchase" rp
      ON rp.id = coalesce(rf."purchaseId",
                          CASE WHEN m.type = 'RELEASE' AND xl."sourceType" = 'PURCHASE'
                               THEN xl."sourceId"::uuid END)
    LEFT JOIN "Shop" rs ON rs.id = rp."shopId"
    -- A code claimed with points (or cancelled, giving them back) names the code.
    LEFT JOIN "DiscountCode" dc
      ON dc.id = CASE WHEN m."sourceType" = 'DISCOUNT_CODE' THEN m."sourceId"::uuid END
    LEFT JOIN "Reward" rw ON rw.id = dc."rewardId"
    -- A game's movement (source GAME_PLAY, as games' GAME_PLAY_SOURCE) names its play by id.
    LEFT JOIN "GamePlay" gp
      ON gp.id = CASE WHEN m."sourceType" = 'GAME_PLAY' THEN m."sourceId"::uuid END
    LEFT JOIN "Game" g ON g.id = gp."gameId"
    -- A contest's movement names the entry (source CONTEST, contests' CONTEST_ENTRY_SOURCE) or
    -- the winner (CONTEST_PRIZE, CONTEST_PRIZE_SOURCE).
    LEFT JOIN "ContestEntry" ce
      ON ce.id = CASE WHEN m."sourceType" = 'CONTEST' THEN m."sourceId"::uuid END
    LEFT JOIN "ContestWinner" cw
      ON cw.id = CASE WHEN m."sourceType" = 'CONTEST_PRIZE' THEN m."sourceId"::uuid END
    LEFT JOIN "Contest" c ON c.id = coalesce(ce."contestId", cw."contestId")
    -- A check-in's points name the invitation (private sales' CHECK_IN_SOURCE).
    LEFT JOIN "Invitation" inv
      ON inv.id = CASE WHEN m."sourceType" = 'INVITATION' THEN m."sourceId"::uuid END
    LEFT JOIN "PrivateSale" ps ON ps.id = inv."privateSaleId"
    -- A referral's movement names the referral by id (referrals' REFERRER_SOURCE, FRIEND_SOURCE):
    -- the referrer reads the friend's name, the friend the referrer's.
    LEFT JOIN "Referral" rl
      ON rl.id = CASE WHEN m."sourceType" IN ('REFERRAL_REFERRER', 'REFERRAL_FRIEND')
                      THEN m."sourceId"::uuid END
    LEFT JOIN "Customer" rc
      ON rc.id = CASE WHEN m."sourceType" = 'REFERRAL_REFERRER' THEN rl."friendId" ELSE rl."referrerId" END
    ORDER BY m.seq DESC`;
  return rows.map(
    ({
      purchaseId,
      purchaseShop,
      purchaseAmount,
      purchaseCurrency,
      refundPurchaseId,
      refundShop,
      refundPurchasedAt,
      expiredLotEarnedAt,
      rewardNameEn,
      rewardNameFr,
      gameId,
      gameTitleEn,
      gameTitleFr,
      contestSlug,
      contestTitleEn,
      contestTitleFr,
      invitationId,
      saleNameEn,
      saleNameFr,
      referralName,
      otherAccountCode,
      ...movement
    }) => {
      const rewardName = inLanguages(rewardNameEn, rewardNameFr);
      const gameTitle = inLanguages(gameTitleEn, gameTitleFr);
      const contestTitle = inLanguages(contestTitleEn, contestTitleFr);
      const saleName = inLanguages(saleNameEn, saleNameFr);
      return {
        ...movement,
        purchase:
          purchaseId !== null &&
          purchaseShop !== null &&
          purchaseAmount !== null &&
          purchaseCurrency !== null
            ? {
                id: purchaseId,
                shopName: purchaseShop,
                amount: purchaseAmount,
                currency: purchaseCurrency,
              }
            : null,
        ...purchaseReferred(movement.type, {
          purchaseId: refundPurchaseId,
          shopName: refundShop,
          purchasedAt: refundPurchasedAt,
        }),
        expiry: expiredLotEarnedAt === null ? null : { earnedAt: expiredLotEarnedAt },
        reward: rewardName && { name: rewardName },
        game: gameId !== null && gameTitle ? { id: gameId, title: gameTitle } : null,
        contest:
          contestSlug !== null && contestTitle ? { slug: contestSlug, title: contestTitle } : null,
        invitation: invitationId !== null && saleName ? { id: invitationId, name: saleName } : null,
        referral: referralName === null ? null : { name: referralName },
        otherAccount: otherAccountCode === null ? null : { memberCode: otherAccountCode },
      };
    },
  );
};
