import { type Db, Prisma, type Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { recordMovement } from '../ledger/index.ts';
import { GAME_PLAY_SOURCE } from './play-decision.ts';
import type { StoredPrize } from './stored-prize.ts';

/** Plays at least this close together, by one customer, are faster than a person taps. */
const MACHINE_SPEED_MS = 2_000;
/** An address or a device shared by at least this many players of a game is worth a look. */
const SHARED_BY_PLAYERS = 3;
/** At least this many accounts made within one hour, each playing within a day of joining. */
const NEW_ACCOUNTS_BURST = 5;

/**
 * What the game gave, day by day in the programme's time zone (plays, winners, points against
 * the daily budget), its stock left per prize and its top players.
 */
export const getGameActivity = async (db: Db, gameId: string) => {
  const game = await db.game.findUnique({
    where: { id: gameId },
    select: {
      pointsBudgetPerDay: true,
      pointsBudgetTotal: true,
      pointsGiven: true,
      prizesGiven: true,
      tableVersion: true,
      prizeTables: { select: { version: true, prizes: true } },
    },
  });
  if (!game) throw new AppError('game_not_found');
  const days = await db.$queryRaw<
    { day: string; plays: number; players: number; winners: number; points: number }[]
  >`
    SELECT gp.day::text AS day, count(*)::int AS plays, count(DISTINCT gp."customerId")::int AS players,
           count(*) FILTER (WHERE gp."prizeId" IS NOT NULL OR gp.points > 0)::int AS winners,
           COALESCE(sum(gp.points), 0)::int AS points
    FROM "GamePlay" gp WHERE gp."gameId" = ${gameId}::uuid
    GROUP BY gp.day ORDER BY gp.day`;
  const topPlayers = await db.$queryRaw<
    { customerId: string; memberCode: string; firstName: string; plays: number; points: number }[]
  >`
    SELECT c.id AS "customerId", c."memberCode", c."firstName", count(*)::int AS plays,
           COALESCE(sum(gp.points), 0)::int AS points
    FROM "GamePlay" gp JOIN "Customer" c ON c.id = gp."customerId"
    WHERE gp."gameId" = ${gameId}::uuid
    GROUP BY c.id ORDER BY points DESC, plays DESC LIMIT 10`;
  const current = game.prizeTables.find((table) => table.version === game.tableVersion);
  const given = game.prizesGiven as Record<string, number>;
  return {
    budget: { perDay: game.pointsBudgetPerDay, total: game.pointsBudgetTotal },
    pointsGiven: game.pointsGiven,
    days,
    prizes: ((current?.prizes ?? []) as StoredPrize[]).map((prize) => ({
      id: prize.id,
      labelEn: prize.labelEn,
      labelFr: prize.labelFr,
      given: given[prize.id] ?? 0,
      stockLeft: prize.stock === null ? null : Math.max(0, prize.stock - (given[prize.id] ?? 0)),
    })),
    topPlayers,
  };
};

/**
 * Patterns worth a look in a game's plays: addresses many players share, customers playing
 * faster than a person taps, and bursts of new accounts that played within a day of joining.
 */
export const getGameSuspicions = async (db: Db, gameId: string) => {
  /** Addresses or devices several accounts played from. */
  const sharedBy = (where: 'ip' | 'device') =>
    db.$queryRaw<{ value: string; players: number; plays: number }[]>`
      SELECT gp.${Prisma.raw(`"${where}"`)} AS value, count(DISTINCT gp."customerId")::int AS players,
             count(*)::int AS plays
      FROM "GamePlay" gp WHERE gp."gameId" = ${gameId}::uuid AND gp.${Prisma.raw(`"${where}"`)} IS NOT NULL
      GROUP BY 1 HAVING count(DISTINCT gp."customerId") >= ${SHARED_BY_PLAYERS}
      ORDER BY players DESC LIMIT 20`;
  const sharedAddresses = (await sharedBy('ip')).map(({ value, ...rest }) => ({
    ip: value,
    ...rest,
  }));
  const sharedDevices = (await sharedBy('device')).map(({ value, ...rest }) => ({
    device: value,
    ...rest,
  }));
  const machineSpeed = await db.$queryRaw<
    { customerId: string; memberCode: string; fastPlays: number; shortestGapMs: number }[]
  >`
    SELECT c.id AS "customerId", c."memberCode", count(*)::int AS "fastPlays",
           (min(gaps.gap) * 1000)::int AS "shortestGapMs"
    FROM (SELECT gp."customerId",
                 extract(epoch FROM gp."playedAt" - lag(gp."playedAt") OVER (PARTITION BY gp."customerId" ORDER BY gp."playedAt")) AS gap
          FROM "GamePlay" gp WHERE gp."gameId" = ${gameId}::uuid) AS gaps
    JOIN "Customer" c ON c.id = gaps."customerId"
    WHERE gaps.gap * 1000 < ${MACHINE_SPEED_MS}
    GROUP BY c.id ORDER BY "fastPlays" DESC LIMIT 20`;
  const newAccountBursts = await db.$queryRaw<{ hour: Date; accounts: number }[]>`
    SELECT date_trunc('hour', c."createdAt") AS hour, count(*)::int AS accounts
    FROM "Customer" c
    WHERE EXISTS (SELECT 1 FROM "GamePlay" gp WHERE gp."gameId" = ${gameId}::uuid
                    AND gp."customerId" = c.id AND gp."playedAt" < c."createdAt" + interval '1 day')
    GROUP BY 1 HAVING count(*) >= ${NEW_ACCOUNTS_BURST} ORDER BY 1 DESC LIMIT 20`;
  return { sharedAddresses, sharedDevices, machineSpeed, newAccountBursts };
};

export type GamePlayRow = {
  id: string;
  playedAt: Date;
  day: string;
  customerId: string;
  memberCode: string;
  firstName: string;
  via: string;
  prizeId: string | null;
  points: number;
  codeId: string | null;
  ip: string | null;
  voidedAt: Date | null;
  voidReason: string | null;
};

/** A game's plays, newest first, a page at a time (keyset on the play's time and id). */
export const listGamePlays = async (
  db: Db,
  input: {
    gameId: string;
    winnersOnly?: boolean;
    before?: { playedAt: Date; id: string };
    limit?: number;
  },
): Promise<{ items: GamePlayRow[]; next: { playedAt: Date; id: string } | null }> => {
  const limit = input.limit ?? 50;
  const rows = await db.$queryRaw<GamePlayRow[]>`
    SELECT gp.id, gp."playedAt", gp.day::text AS day, gp."customerId", c."memberCode", c."firstName",
           gp.via, gp."prizeId", gp.points, gp."codeId", gp.ip, gp."voidedAt", gp."voidReason"
    FROM "GamePlay" gp JOIN "Customer" c ON c.id = gp."customerId"
    WHERE gp."gameId" = ${input.gameId}::uuid
      ${input.winnersOnly ? Prisma.sql`AND (gp."prizeId" IS NOT NULL OR gp.points > 0)` : Prisma.empty}
      ${input.before ? Prisma.sql`AND (gp."playedAt", gp.id) < (${input.before.playedAt}, ${input.before.id}::uuid)` : Prisma.empty}
    ORDER BY gp."playedAt" DESC, gp.id DESC
    LIMIT ${limit + 1}`;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? { playedAt: last.playedAt, id: last.id } : null,
  };
};

/**
 * Voids a play found to be abuse: its points are taken back through the ledger (a REVERSAL of the
 * play, as far as the customer still holds them) and its code cancelled if still unused. The play
 * stays, marked, with the reason; what it took of the budgets stays spent. Audited.
 */
export const voidGamePlay = async (
  tx: Tx,
  input: { playId: string; reason: string; staffUserId: string; now?: Date },
) => {
  const now = input.now ?? new Date();
  const [play] = await tx.gamePlay.updateManyAndReturn({
    where: { id: input.playId, voidedAt: null },
    data: { voidedAt: now, voidReason: input.reason },
    select: { id: true, gameId: true, customerId: true, points: true, codeId: true },
  });
  if (!play) {
    const exists = await tx.gamePlay.findUnique({
      where: { id: input.playId },
      select: { id: true },
    });
    throw exists
      ? new AppError('game_play_voided')
      : new AppError('game_play_not_found', 'No such play.');
  }
  const reversal =
    play.points > 0
      ? await recordMovement(tx, {
          customerId: play.customerId,
          type: 'REVERSAL',
          channel: 'APP',
          points: -play.points,
          source: { type: GAME_PLAY_SOURCE, id: play.id },
          reason: input.reason,
          staffUserId: input.staffUserId,
          shortfall: 'cap',
        })
      : null;
  const codeCancelled = play.codeId
    ? (
        await tx.discountCode.updateMany({
          where: { id: play.codeId, status: 'ACTIVE' },
          data: { status: 'CANCELLED', cancelledAt: now, cancelReason: input.reason },
        })
      ).count > 0
    : false;
  if (codeCancelled)
    await tx.codeEvent.create({
      data: {
        codeId: play.codeId!,
        type: 'CANCELLED',
        channel: 'ADMIN',
        actorType: 'STAFF',
        actorId: input.staffUserId,
        detail: { reason: input.reason, gamePlayId: play.id },
      },
    });
  const pointsTaken = reversal ? play.points - reversal.plan.writtenOff : 0;
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'game.play.void',
    target: { type: 'customer', id: play.customerId },
    data: {
      gameId: play.gameId,
      playId: play.id,
      reason: input.reason,
      pointsTaken,
      codeCancelled,
    },
  });
  return { playId: play.id, pointsTaken, codeCancelled };
};
