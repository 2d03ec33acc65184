import { type Db, type GameType, Prisma, queryRows, type Tx } from '@fidele/db';
import { type CustomerBalances, debtAccountCode, pendingAccountCode } from '../ledger/index.ts';
import type { RewardCodeTerms } from '../rewards/index.ts';
import type { StoredPrize } from './stored-prize.ts';

/** A fairness period, its seed included: it never leaves the server before the period ends. */
export type PeriodRead = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  seed: string;
  momentsClaimed: Record<string, number>;
};

/** Everything a play is decided on; the game's and the customer's columns null when absent. */
export type PlayRead = {
  gameId: string | null;
  type: GameType;
  startsAt: Date;
  endsAt: Date;
  archivedAt: Date | null;
  verifiedOnly: boolean;
  playsPerDay: number;
  newMemberDelayHours: number;
  pointsBudgetPerDay: number | null;
  pointsBudgetTotal: number | null;
  pointsGiven: number;
  prizesGiven: Record<string, number>;
  tableVersion: number;
  prizes: StoredPrize[] | null;
  streak: unknown;
  quiz: unknown;
  tierIds: string[];
  segments: { id: string; rule: unknown }[];
  /** The live rewards the table's reward prizes name, by id. */
  rewards: Record<string, RewardCodeTerms>;
  period: PeriodRead | null;
  dayGiven: number;
  customerId: string | null;
  emailVerified: Date | null;
  memberSince: Date;
  tierId: string;
  /** The points account's row version: a movement is written only if it has not moved. */
  version: string | null;
  /** The customer's plays of the game today and in the period, and the days they played on. */
  playsToday: number;
  playsInPeriod: number;
  playDays: string[];
  /** A play already recorded with this id: by whom, of which game. */
  existing: { customerId: string; gameId: string } | null;
} & CustomerBalances;

/**
 * The game, its prize table in force, its period at `now`, the day's points given, the customer's
 * balances and plays of it, and a play already made with this id: one statement, without a lock
 * (`play_game` checks under the customer's lock what the play is decided on).
 */
export const readPlay = async (
  db: Db | Tx,
  input: { gameId: string; customerId: string; playId: string; now: Date; day: string },
): Promise<PlayRead> => {
  const [read] = await queryRows<PlayRead>(
    db,
    Prisma.sql`
    SELECT g.id AS "gameId", g.type, g."startsAt", g."endsAt", g."archivedAt", g."verifiedOnly",
           g."playsPerDay", g."newMemberDelayHours", g."pointsBudgetPerDay", g."pointsBudgetTotal",
           g."pointsGiven", g."prizesGiven", g."tableVersion", t.prizes, g.streak, g.quiz,
           COALESCE((SELECT array_agg(gt."tierId"::text) FROM "GameTier" gt WHERE gt."gameId" = g.id), '{}') AS "tierIds",
           COALESCE((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'rule', s.rule))
                     FROM "GameSegment" gs JOIN "Segment" s ON s.id = gs."segmentId"
                     WHERE gs."gameId" = g.id), '[]') AS segments,
           COALESCE((SELECT jsonb_object_agg(r.id, jsonb_build_object(
                       'discountType', r."discountType", 'discountValue', r."discountValue",
                       'discountCap', r."discountCap", 'currency', r.currency,
                       'minBasket', r."minBasket", 'channels', r.channels,
                       'validityDays', r."validityDays", 'validFrom', r."validFrom", 'validUntil', r."validUntil"))
                     FROM "Reward" r
                     WHERE r."archivedAt" IS NULL
                       AND r.id IN (SELECT (x->>'rewardId')::uuid FROM jsonb_array_elements(t.prizes) x
                                    WHERE x->>'kind' = 'REWARD')), '{}') AS rewards,
           (SELECT jsonb_build_object('id', gp.id, 'startsAt', gp."startsAt", 'endsAt', gp."endsAt",
                                      'seed', gp.seed, 'momentsClaimed', gp."momentsClaimed")
            FROM "GamePeriod" gp
            WHERE gp."gameId" = g.id AND gp."startsAt" <= ${input.now} AND gp."endsAt" > ${input.now}) AS period,
           COALESCE((SELECT d."pointsGiven" FROM "GameDay" d
                     WHERE d."gameId" = g.id AND d.day = ${input.day}::date), 0) AS "dayGiven",
           c.id AS "customerId", c."emailVerified", c."createdAt" AS "memberSince", c."tierId",
           a.xmin::text AS version, COALESCE(a.balance, 0) AS spendable,
           COALESCE((SELECT p.balance FROM "Account" p WHERE p.code = ${pendingAccountCode(input.customerId)}), 0) AS pending,
           COALESCE((SELECT d.balance FROM "Account" d WHERE d.code = ${debtAccountCode(input.customerId)}), 0) AS debt,
           played."playsToday", played."playsInPeriod", played."playDays",
           (SELECT jsonb_build_object('customerId', e."customerId", 'gameId', e."gameId")
            FROM "GamePlay" e WHERE e.id = ${input.playId}::uuid) AS existing
    FROM (SELECT 1) AS one
    LEFT JOIN "Game" g ON g.id = ${input.gameId}::uuid
    LEFT JOIN "GamePrizeTable" t ON t."gameId" = g.id AND t.version = g."tableVersion"
    LEFT JOIN "Customer" c ON c.id = ${input.customerId}::uuid
    LEFT JOIN "Account" a ON a."customerId" = c.id
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE gp.day = ${input.day}::date)::int AS "playsToday",
             count(*) FILTER (WHERE gp."periodId" = (
               SELECT pp.id FROM "GamePeriod" pp WHERE pp."gameId" = g.id
                 AND pp."startsAt" <= ${input.now} AND pp."endsAt" > ${input.now}))::int AS "playsInPeriod",
             COALESCE(array_agg(DISTINCT gp.day::text) FILTER (WHERE g.type = 'DAILY_STREAK'), '{}') AS "playDays"
      FROM "GamePlay" gp WHERE gp."gameId" = g.id AND gp."customerId" = c.id) AS played ON true`,
  );
  return revivePeriod(read!);
};

/** jsonb carries the period's instants as text. */
const revivePeriod = (read: PlayRead): PlayRead =>
  read.period
    ? {
        ...read,
        period: {
          ...read.period,
          startsAt: new Date(read.period.startsAt),
          endsAt: new Date(read.period.endsAt),
        },
      }
    : read;
