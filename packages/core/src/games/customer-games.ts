import { randomUUID } from 'node:crypto';
import type { Db, GameType } from '@fidele/db';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import { AppError, type ErrorCode, isAppError } from '../errors.ts';
import { segmentRuleOf, segmentsOfCustomerAmong } from '../segments/index.ts';
import { replayPlay } from './draw.ts';
import { listGamePeriods } from './game-periods.ts';
import { type DrawState, liveOdds } from './odds.ts';
import { dayStart, programmeDay } from '../calendar/programme-days.ts';
import { checkMayPlay, drawStateOf, type PlayInput } from './play-decision.ts';
import { type PlayRead, readPlay } from './play-read.ts';
import { prizeTableOf, type StoredPrize } from './stored-prize.ts';
import { streakStatus, type StreakRules, type StreakStatus } from './streak.ts';
import { FULL_ODDS } from './prize-table.ts';

/** A game as the portal lists it: what it is, and whether and when the customer may play. */
export type CustomerGame = {
  id: string;
  type: GameType;
  title: { en: string; fr: string };
  text: { en: string; fr: string };
  endsAt: Date;
  playsPerDay: number;
  playsLeft: number;
  /** Why the customer cannot play now, if they cannot (e.g. `game_no_plays_left`). */
  blockedBy: ErrorCode | null;
  /** When they may play again (plays used today, or a new member's wait). */
  nextPlayAt: Date | null;
  /** The wheel's segments or the card's prizes, in the table's order. */
  prizes: Pick<StoredPrize, 'id' | 'kind' | 'labelEn' | 'labelFr' | 'points'>[];
  streak: StreakStatus | null;
};

const contextOf = (customerId: string, gameId: string, now: Date): PlayInput => ({
  gameId,
  customerId,
  playId: randomUUID(),
  now,
  day: programmeDay(now, PROGRAMME_TIME_ZONE),
  timeZone: PROGRAMME_TIME_ZONE,
});

const segmentsOf = (db: Db, read: PlayRead, now: Date) =>
  read.customerId && read.segments.length > 0
    ? segmentsOfCustomerAmong(
        db,
        read.customerId,
        read.segments.map(({ id, rule }) => ({ id, rule: segmentRuleOf(rule) })),
        now,
      )
    : Promise.resolve(new Set<string>());

const textsOf = (row: { titleEn: string; titleFr: string; textEn: string; textFr: string }) => ({
  title: { en: row.titleEn, fr: row.titleFr },
  text: { en: row.textEn, fr: row.textFr },
});

/** One game for the customer, from the read a play makes: the same rules decide both. */
const customerGameOf = async (
  db: Db,
  read: PlayRead,
  input: PlayInput,
  texts: Pick<CustomerGame, 'title' | 'text'>,
) => {
  let blockedBy: AppError | null = null;
  try {
    checkMayPlay(read, await segmentsOf(db, read, input.now), input);
  } catch (error) {
    if (!isAppError(error)) throw error;
    blockedBy = error;
  }
  if (blockedBy?.code === 'game_not_found' || blockedBy?.code === 'game_not_eligible') return null;
  const waitUntil = blockedBy?.details?.nextPlayAt ?? blockedBy?.details?.playableAt;
  const game: CustomerGame = {
    id: read.gameId!,
    type: read.type,
    ...texts,
    endsAt: read.endsAt,
    playsPerDay: read.playsPerDay,
    playsLeft: Math.max(0, read.playsPerDay - read.playsToday),
    blockedBy: blockedBy?.code ?? null,
    nextPlayAt: typeof waitUntil === 'string' ? new Date(waitUntil) : null,
    prizes: (read.prizes ?? []).map(({ id, kind, labelEn, labelFr, points }) => ({
      id,
      kind,
      labelEn,
      labelFr,
      points,
    })),
    streak:
      read.type === 'DAILY_STREAK'
        ? streakStatus({
            playedAt: read.playDays.map((day) => dayStart(day, input.timeZone)),
            now: input.now,
            rules: read.streak as StreakRules,
            timeZone: input.timeZone,
          })
        : null,
  };
  return game;
};

/** The games on now that the customer may see: their tier and segments, whatever their plays. */
export const listGamesFor = async (
  db: Db,
  customerId: string,
  now: Date = new Date(),
): Promise<CustomerGame[]> => {
  const games = await db.game.findMany({
    where: { archivedAt: null, startsAt: { lte: now }, endsAt: { gt: now } },
    orderBy: [{ endsAt: 'asc' }, { id: 'asc' }],
    select: { id: true, titleEn: true, titleFr: true, textEn: true, textFr: true },
  });
  const listed = await Promise.all(
    games.map(async (row) => {
      const input = contextOf(customerId, row.id, now);
      return customerGameOf(db, await readPlay(db, input), input, textsOf(row));
    }),
  );
  return listed.filter((game) => game !== null);
};

/**
 * A game's rules page for the customer: the rules, each prize's chance now, the periods with
 * their published hashes (and seeds once ended), and the customer's plays, each recomputed from
 * its revealed seed.
 */
export const getGameFor = async (db: Db, customerId: string, gameId: string, now = new Date()) => {
  const input = contextOf(customerId, gameId, now);
  const read = await readPlay(db, input);
  const row = await db.game.findUnique({
    where: { id: gameId },
    select: {
      titleEn: true,
      titleFr: true,
      textEn: true,
      textFr: true,
      rulesEn: true,
      rulesFr: true,
      startsAt: true,
      prizeTables: { select: { version: true, prizes: true } },
    },
  });
  const game = row && (await customerGameOf(db, read, input, textsOf(row)));
  if (!row || !game) throw new AppError('game_not_found');
  const odds = read.prizes
    ? liveOdds(prizeTableOf(read.prizes), drawStateOf(read, read.prizes))
    : null;
  const periods = await listGamePeriods(db, gameId, now);
  const plays = await db.gamePlay.findMany({
    where: { gameId, customerId },
    orderBy: { playedAt: 'desc' },
    take: 50,
    select: {
      id: true,
      playedAt: true,
      number: true,
      periodId: true,
      tableVersion: true,
      drawState: true,
      uniform: true,
      via: true,
      prizeId: true,
      points: true,
      streakDay: true,
      voidedAt: true,
    },
  });
  const tables = new Map(
    row.prizeTables.map((table) => [table.version, table.prizes as StoredPrize[]]),
  );
  return {
    ...game,
    rules: { en: row.rulesEn, fr: row.rulesFr },
    startsAt: row.startsAt,
    odds: odds && {
      prizes: odds.prizes.map(({ prize, weight, excluded }) => ({
        prizeId: prize.id,
        probability: weight / FULL_ODDS,
        excluded,
      })),
      tryAgain:
        (odds.movedToTryAgain +
          odds.prizes.reduce(
            (sum, { prize, weight }) => sum + (prize.kind === 'TRY_AGAIN' ? weight : 0),
            0,
          )) /
        FULL_ODDS,
    },
    periods,
    plays: plays.map((play) => {
      const period = periods.find(({ id }) => id === play.periodId);
      const prizes = play.tableVersion ? tables.get(play.tableVersion) : undefined;
      const label = prizes?.find(({ id }) => id === play.prizeId);
      // What the draw was made on, for anyone to redo it once the seed is revealed.
      const draw =
        prizes && play.number && play.uniform !== null
          ? {
              customerId,
              playNumber: play.number,
              table: prizeTableOf(prizes),
              state: play.drawState as DrawState,
              momentPrizeId: play.via === 'moment' ? play.prizeId : null,
              stored: { prizeId: play.prizeId, uniform: play.uniform },
            }
          : null;
      const check =
        period?.seed && draw
          ? replayPlay({ ...draw, seed: period.seed, publishedHash: period.seedHash })
          : null;
      return {
        id: play.id,
        playedAt: play.playedAt,
        number: play.number,
        periodId: play.periodId,
        via: play.via,
        prize: label ? { id: label.id, labelEn: label.labelEn, labelFr: label.labelFr } : null,
        points: play.points,
        streakDay: play.streakDay,
        uniform: play.uniform,
        draw,
        voided: play.voidedAt !== null,
        /** Null until the period's seed is revealed. */
        verified: check && { matches: check.matches, seedMatchesHash: check.seedMatchesHash },
      };
    }),
  };
};
