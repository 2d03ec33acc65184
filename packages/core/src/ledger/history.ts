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
  reason: string | null;
  createdAt: Date;
};

export type HistoryPurchase = { shopName: string; amount: number; currency: string };

/** The game a movement's points were won in, titled in each language. */
export type HistoryGame = { title: { en: string; fr: string } };

/** The contest whose entry a movement's points were for, titled in each language. */
export type HistoryContest = { title: { en: string; fr: string } };

/**
 * The other member of a referral a movement paid for: the friend who joined (to the referrer),
 * or the member who referred her (to the friend), by first name and initial.
 */
export type HistoryReferral = { name: string };

/**
 * A movement as the customer's history shows it, with the purchase it came from, the game
 * whose play gave its points, the contest whose entry did, or the referral, if any.
 */
export type HistoryItem = MovementView & {
  purchase: HistoryPurchase | null;
  game: HistoryGame | null;
  contest: HistoryContest | null;
  referral: HistoryReferral | null;
};

type HistoryRow = MovementView & {
  purchaseShop: string | null;
  purchaseAmount: number | null;
  purchaseCurrency: string | null;
  gameTitleEn: string | null;
  gameTitleFr: string | null;
  contestTitleEn: string | null;
  contestTitleFr: string | null;
  referralName: string | null;
};

/**
 * A customer's movements, newest first (by `seq`, the order of recording, unique even when a
 * transaction's movements share a timestamp), `take` of them after the movement `cursor`: a
 * keyset on the (customerId, seq) index, so any page costs the same however long the history.
 * One statement reads the page, then only its rows' balance, pending lot and purchase.
 */
export const listMovements = async (
  db: Db | Tx,
  options: { customerId: string; take?: number; channel?: Channel; cursor?: string },
): Promise<HistoryItem[]> => {
  const { customerId } = options;
  const rows = await db.$queryRaw<HistoryRow[]>`
    WITH page AS (
      SELECT * FROM "Movement" m
      WHERE m."customerId" = ${customerId}::uuid
        ${options.channel ? Prisma.sql`AND m.channel = ${options.channel}::"Channel"` : Prisma.empty}
        ${
          options.cursor
            ? Prisma.sql`AND m.seq < (SELECT seq FROM "Movement"
                                      WHERE id = ${options.cursor}::uuid AND "customerId" = ${customerId}::uuid)`
            : Prisma.empty
        }
      ORDER BY m.seq DESC
      LIMIT ${options.take ?? 50}
    )
    SELECT m.id, m.type::text AS type, m.channel::text AS channel, m.points, m."sourceType",
           m."sourceId", m.reason, m."createdAt", e."balanceAfter", lot."pendingUntil",
           s.name AS "purchaseShop", p.amount AS "purchaseAmount", p.currency AS "purchaseCurrency",
           g."titleEn" AS "gameTitleEn", g."titleFr" AS "gameTitleFr",
           c."titleEn" AS "contestTitleEn", c."titleFr" AS "contestTitleFr",
           rc."firstName" || COALESCE(' ' || left(rc."lastName", 1) || '.', '') AS "referralName"
    FROM page m
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
    -- A referral's movement names the referral by id (referrals' REFERRER_SOURCE, FRIEND_SOURCE):
    -- the referrer reads the friend's name, the friend the referrer's.
    LEFT JOIN "Referral" rf
      ON rf.id = CASE WHEN m."sourceType" IN ('REFERRAL_REFERRER', 'REFERRAL_FRIEND')
                      THEN m."sourceId"::uuid END
    LEFT JOIN "Customer" rc
      ON rc.id = CASE WHEN m."sourceType" = 'REFERRAL_REFERRER' THEN rf."friendId" ELSE rf."referrerId" END
    ORDER BY m.seq DESC`;
  return rows.map(
    ({
      purchaseShop,
      purchaseAmount,
      purchaseCurrency,
      gameTitleEn,
      gameTitleFr,
      contestTitleEn,
      contestTitleFr,
      referralName,
      ...movement
    }) => ({
      ...movement,
      purchase:
        purchaseShop !== null && purchaseAmount !== null && purchaseCurrency !== null
          ? { shopName: purchaseShop, amount: purchaseAmount, currency: purchaseCurrency }
          : null,
      game:
        gameTitleEn !== null && gameTitleFr !== null
          ? { title: { en: gameTitleEn, fr: gameTitleFr } }
          : null,
      contest:
        contestTitleEn !== null && contestTitleFr !== null
          ? { title: { en: contestTitleEn, fr: contestTitleFr } }
          : null,
      referral: referralName === null ? null : { name: referralName },
    }),
  );
};
