import { type Db, Prisma, type Tx } from '@fidele/db';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import { periodWindows } from './periods.ts';
import { newSeed, seedHash } from './seed.ts';

/**
 * Gives a game the periods of its dates, each with a new seed whose hash is published at once:
 * every period is opened (and its hash shown) when the game is saved, before it starts. Saved
 * again with new dates, periods not yet ended follow them: a period keeps its seed and only its
 * end moves, and periods left after the game's end go if nobody played in them.
 */
export const openGamePeriods = async (
  tx: Tx,
  game: { id: string; startsAt: Date; endsAt: Date; periodDays: number },
  now: Date = new Date(),
): Promise<void> => {
  const windows = periodWindows({ ...game, timeZone: PROGRAMME_TIME_ZONE });
  const rows = windows.map((window) => {
    const seed = newSeed();
    return Prisma.sql`(${game.id}::uuid, ${window.startsAt}, ${window.endsAt}, ${seed}, ${seedHash(seed)})`;
  });
  await tx.$executeRaw`
    DELETE FROM "GamePeriod" gp
    WHERE gp."gameId" = ${game.id}::uuid AND gp."endsAt" > ${now}
      AND NOT (gp."startsAt" = ANY(${windows.map((window) => window.startsAt)}::timestamptz[]))
      AND NOT EXISTS (SELECT 1 FROM "GamePlay" p WHERE p."periodId" = gp.id)`;
  await tx.$executeRaw`
    INSERT INTO "GamePeriod" ("gameId", "startsAt", "endsAt", seed, "seedHash")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("gameId", "startsAt") DO UPDATE SET "endsAt" = EXCLUDED."endsAt"
    WHERE "GamePeriod"."endsAt" > ${now}`;
};

/** A game's periods for its rules page: the seed only once the period has ended. */
export const listGamePeriods = async (db: Db | Tx, gameId: string, now: Date = new Date()) => {
  const periods = await db.gamePeriod.findMany({
    where: { gameId },
    orderBy: { startsAt: 'asc' },
    select: { id: true, startsAt: true, endsAt: true, seed: true, seedHash: true },
  });
  return periods.map(({ seed, ...period }) => ({
    ...period,
    seed: period.endsAt <= now ? seed : null,
  }));
};
