import { randomUUID } from 'node:crypto';
import { type Db, type GameType, Prisma, type Tx } from '@fidele/db';
import { setArchived } from '../archiving/set-archived.ts';
import { editOf, type RecordedAction, recordAudit } from '../audit/index.ts';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import { AppError } from '../errors.ts';
import {
  scheduleStatus as gameStatus,
  type ScheduleStatus as GameStatus,
  scheduleStatusWhere as gameStatusWhere,
} from '../calendar/schedule-status.ts';
import { openGamePeriods } from './game-periods.ts';
import { checkGameCanStart } from './launch.ts';
import { programmeDay } from '../calendar/programme-days.ts';
import type { StoredQuiz } from './quiz.ts';
import { prizeTableOf, type StoredPrize } from './stored-prize.ts';

/** A prize table's row as marketing edits it: `id` names a row of the table being edited. */
export type PrizeData = Omit<StoredPrize, 'id'> & { id?: string };

/** A quiz is stored as edited; a play keeps its own copy from when it began. */
export type QuizData = StoredQuiz;

export type StreakData = {
  pointsPerDay: number;
  bonusDay: number;
  bonusPoints: number;
  maxFreezes: number;
};

/** A game as the admin's form saves it (the validators' `GameInput`). */
export type GameData = {
  type: GameType;
  titleEn: string;
  titleFr: string;
  textEn: string;
  textFr: string;
  rulesEn: string;
  rulesFr: string;
  startsAt: Date;
  endsAt: Date;
  tierIds: string[];
  segmentIds: string[];
  verifiedOnly: boolean;
  newMemberDelayHours: number;
  playsPerDay: number;
  pointsBudgetPerDay: number | null;
  pointsBudgetTotal: number | null;
  prizes: PrizeData[];
  quiz: QuizData | null;
  streak: StreakData | null;
};

const gameNotFound = () => new AppError('game_not_found');

/**
 * The rows to store: a row keeps the id it was sent with when that id names a row of the table
 * being edited (plays and stock given name prizes by id), any other row gets a new one.
 */
const storedPrizes = (prizes: PrizeData[], current: readonly StoredPrize[]): StoredPrize[] => {
  const known = new Set(current.map((prize) => prize.id));
  return prizes.map(({ id, ...prize }) => {
    const keep = id !== undefined && known.delete(id);
    return { id: keep ? id : randomUUID(), ...prize };
  });
};

const PRIZE_FIELDS = [
  'id',
  'kind',
  'labelEn',
  'labelFr',
  'points',
  'rewardId',
  'weight',
  'stock',
  'paced',
] as const satisfies (keyof StoredPrize)[];

/** Field by field: a table read back from jsonb has its keys in another order. */
const sameTable = (a: readonly StoredPrize[], b: readonly StoredPrize[]) =>
  a.length === b.length &&
  a.every((row, index) => PRIZE_FIELDS.every((field) => row[field] === b[index]![field]));

/** Refuses eligibility naming a tier or segment that is not there, and prizes giving such a reward. */
const checkReferences = async (tx: Tx, data: GameData) => {
  const tiers = await tx.tier.count({ where: { id: { in: data.tierIds } } });
  const segments = await tx.segment.count({
    where: { id: { in: data.segmentIds }, archivedAt: null },
  });
  if (tiers !== new Set(data.tierIds).size || segments !== new Set(data.segmentIds).size)
    throw new AppError(
      'offer_target_not_found',
      'A tier or a segment the game is for does not exist (or is archived).',
    );
  const rewardIds = [...new Set(data.prizes.flatMap((prize) => prize.rewardId ?? []))];
  const active = await tx.reward.findMany({
    where: { id: { in: rewardIds }, archivedAt: null },
    select: { id: true },
  });
  const missing = data.prizes.findIndex(
    (prize) => prize.rewardId !== null && !active.some((reward) => reward.id === prize.rewardId),
  );
  if (missing >= 0)
    throw new AppError(
      'game_reward_not_available',
      `Prize ${missing + 1} (${data.prizes[missing]!.labelEn}) gives a reward that does not exist or is archived.`,
      { prize: missing },
    );
};

const columns = (data: GameData) => ({
  type: data.type,
  titleEn: data.titleEn,
  titleFr: data.titleFr,
  textEn: data.textEn,
  textFr: data.textFr,
  rulesEn: data.rulesEn,
  rulesFr: data.rulesFr,
  startsAt: data.startsAt,
  endsAt: data.endsAt,
  verifiedOnly: data.verifiedOnly,
  newMemberDelayHours: data.newMemberDelayHours,
  playsPerDay: data.playsPerDay,
  pointsBudgetPerDay: data.pointsBudgetPerDay,
  pointsBudgetTotal: data.pointsBudgetTotal,
  // A quiz play keeps the questions as they stood when it began: an edit never changes it.
  quiz: data.quiz ?? Prisma.DbNull,
  streak: data.streak ?? Prisma.DbNull,
});

const eligibility = (data: GameData) => ({
  tiers: { create: [...new Set(data.tierIds)].map((tierId) => ({ tierId })) },
  segments: { create: [...new Set(data.segmentIds)].map((segmentId) => ({ segmentId })) },
});

const audit = (tx: Tx, action: RecordedAction, id: string, staffUserId: string, data?: object) =>
  recordAudit(tx, {
    actor: { type: 'STAFF', id: staffUserId },
    action,
    target: { type: 'game', id },
    ...(data ? { data: JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue } : {}),
  });

/** A game's points budget as the launch check and the forecast read it. */
const budgetOf = (data: GameData) => ({
  perDay: data.pointsBudgetPerDay,
  total: data.pointsBudgetTotal,
});

/**
 * Creates a game with its eligibility, its prize table (version 1) and its fairness periods, whose
 * seeds' hashes are published from now on. Refused if it could not start: odds not adding up to
 * 100 %, or a budget of nothing. Audited.
 */
export const createGame = async (tx: Tx, input: GameData, staffUserId: string) => {
  const prizes = storedPrizes(input.prizes, []);
  checkGameCanStart({
    table: prizes.length ? prizeTableOf(prizes) : null,
    budget: budgetOf(input),
    spent: { today: 0, total: 0 },
  });
  await checkReferences(tx, input);
  const game = await tx.game.create({
    data: {
      ...columns(input),
      ...eligibility(input),
      tableVersion: prizes.length ? 1 : 0,
      ...(prizes.length ? { prizeTables: { create: { version: 1, prizes } } } : {}),
    },
    select: { id: true, startsAt: true, endsAt: true, periodDays: true },
  });
  await openGamePeriods(tx, game);
  await audit(tx, 'game.create', game.id, staffUserId, { ...input, prizes });
  return { id: game.id };
};

/**
 * Saves a game's new settings. A changed prize table is a new version (plays keep naming the
 * version they were drawn on, which is never rewritten); a new end (or, before the game starts,
 * a new start) moves the periods not yet ended. Refused if the game could not go on: odds not
 * adding up to 100 %, or a budget already spent by the plays so far. Audited.
 */
export const updateGame = async (
  tx: Tx,
  gameId: string,
  input: GameData,
  staffUserId: string,
  now: Date = new Date(),
) => {
  // Locked, so plays cannot spend the budget being checked while it is saved.
  const [game] = await tx.$queryRaw<
    {
      type: GameType;
      startsAt: Date;
      endsAt: Date;
      tableVersion: number;
      lastVersion: number;
      pointsGiven: number;
      dayGiven: number;
    }[]
  >`
    SELECT g.type, g."startsAt", g."endsAt", g."tableVersion", g."pointsGiven",
           COALESCE((SELECT max(t.version) FROM "GamePrizeTable" t WHERE t."gameId" = g.id), 0) AS "lastVersion",
           COALESCE((SELECT d."pointsGiven" FROM "GameDay" d
                     WHERE d."gameId" = g.id AND d.day = ${programmeDay(now, PROGRAMME_TIME_ZONE)}::date), 0) AS "dayGiven"
    FROM "Game" g WHERE g.id = ${gameId}::uuid FOR UPDATE`;
  if (!game) throw gameNotFound();
  if (game.type !== input.type && (await tx.gamePlay.count({ where: { gameId } })) > 0)
    throw new AppError('invalid_request', 'A game that has been played keeps its type.');
  const current = await tx.gamePrizeTable.findUnique({
    where: { gameId_version: { gameId, version: game.tableVersion } },
    select: { prizes: true },
  });
  const currentPrizes = (current?.prizes ?? []) as StoredPrize[];
  const before = await tx.game.findUniqueOrThrow({
    where: { id: gameId },
    include: { tiers: { select: { tierId: true } }, segments: { select: { segmentId: true } } },
  });
  const prizes = storedPrizes(input.prizes, currentPrizes);
  checkGameCanStart({
    table: prizes.length ? prizeTableOf(prizes) : null,
    budget: budgetOf(input),
    spent: { today: game.dayGiven, total: game.pointsGiven },
  });
  await checkReferences(tx, input);
  // A new version after the last one there ever was: an old version is never written again.
  const tableVersion = !prizes.length
    ? 0
    : sameTable(prizes, currentPrizes)
      ? game.tableVersion
      : game.lastVersion + 1;
  if (tableVersion > game.lastVersion)
    await tx.gamePrizeTable.create({ data: { gameId, version: tableVersion, prizes } });
  // A game that has started keeps its start: its first period, whose hash is out, starts there.
  const startsAt = game.startsAt <= now ? game.startsAt : input.startsAt;
  const updated = await tx.game.update({
    where: { id: gameId },
    data: {
      ...columns(input),
      startsAt,
      tableVersion,
      tiers: { deleteMany: {}, ...eligibility(input).tiers },
      segments: { deleteMany: {}, ...eligibility(input).segments },
    },
    select: { id: true, startsAt: true, endsAt: true, periodDays: true },
  });
  if (
    game.startsAt.getTime() !== startsAt.getTime() ||
    game.endsAt.getTime() !== input.endsAt.getTime()
  )
    await openGamePeriods(tx, updated, now);
  await audit(
    tx,
    'game.update',
    gameId,
    staffUserId,
    editOf(
      {
        ...before,
        tierIds: before.tiers.map((tier) => tier.tierId),
        segmentIds: before.segments.map((segment) => segment.segmentId),
        prizes: currentPrizes,
      },
      { ...input, startsAt, prizes, tableVersion },
    ),
  );
  return { id: gameId, tableVersion };
};

/** Archives a game (members no longer see it; its plays and history stay) or restores it. */
export const setGameArchived = (
  tx: Tx,
  input: { gameId: string; archived: boolean; staffUserId: string },
) => setArchived(tx, 'game', { ...input, id: input.gameId }).then(() => ({ id: input.gameId }));

const listSelect = {
  id: true,
  type: true,
  titleEn: true,
  titleFr: true,
  startsAt: true,
  endsAt: true,
  archivedAt: true,
  pointsBudgetPerDay: true,
  pointsBudgetTotal: true,
  pointsGiven: true,
  _count: { select: { plays: true } },
} satisfies Prisma.GameSelect;

type ListRow = Prisma.GameGetPayload<{ select: typeof listSelect }>;

export type GameListRow = Omit<ListRow, '_count'> & { status: GameStatus; plays: number };

/** One page of games for the admin, latest start first: where each stands and what it gave. */
export const listGamesForStaff = async (
  db: Db,
  input: { status?: GameStatus; page: number; pageSize: number; now?: Date },
) => {
  const now = input.now ?? new Date();
  const where = input.status ? gameStatusWhere(input.status, now) : {};
  const total = await db.game.count({ where });
  const rows = await db.game.findMany({
    where,
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    select: listSelect,
  });
  return {
    rows: rows.map(({ _count, ...row }): GameListRow => ({
      ...row,
      status: gameStatus(row, now),
      plays: _count.plays,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
};

/** A game as its editor shows it: the form's values, its prize table in force, where it stands. */
export const getGameForStaff = async (db: Db | Tx, gameId: string, now: Date = new Date()) => {
  const game = await db.game.findUnique({
    where: { id: gameId },
    select: {
      ...listSelect,
      textEn: true,
      textFr: true,
      rulesEn: true,
      rulesFr: true,
      verifiedOnly: true,
      newMemberDelayHours: true,
      playsPerDay: true,
      tableVersion: true,
      quiz: true,
      streak: true,
      tiers: { select: { tierId: true } },
      segments: { select: { segmentId: true } },
      prizeTables: { select: { version: true, prizes: true } },
    },
  });
  if (!game) throw gameNotFound();
  const { _count, tiers, segments, prizeTables, quiz, streak, ...rest } = game;
  const table = prizeTables.find((row) => row.version === game.tableVersion);
  return {
    ...rest,
    status: gameStatus(game, now),
    plays: _count.plays,
    tierIds: tiers.map((row) => row.tierId),
    segmentIds: segments.map((row) => row.segmentId),
    prizes: (table?.prizes ?? []) as StoredPrize[],
    quiz: quiz as QuizData | null,
    streak: streak as StreakData | null,
  };
};
