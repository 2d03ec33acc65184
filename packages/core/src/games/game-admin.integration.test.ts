import { randomUUID } from 'node:crypto';
import type { Tx } from '@fidele/db';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeReward, makeStaffUser, refusal } from '../testing/index.ts';
import { replayPlay } from './draw.ts';
import {
  createGame,
  type GameData,
  getGameForStaff,
  listGamesForStaff,
  type PrizeData,
  setGameArchived,
  updateGame,
} from './game-admin.ts';
import { playGame } from './play-game.ts';
import { prizeTableOf, type StoredPrize } from './stored-prize.ts';

let t: TestDatabase;
let staffUserId: string;
let rewardId: string;

const HOUR = 3_600_000;

const prize = (
  kind: PrizeData['kind'],
  weight: number,
  extra: Partial<PrizeData> = {},
): PrizeData => ({
  kind,
  labelEn: kind,
  labelFr: kind,
  points: null,
  rewardId: null,
  weight,
  stock: null,
  paced: false,
  ...extra,
});

const wheel = (overrides: Partial<GameData> = {}): GameData => ({
  type: 'SPIN_WHEEL',
  titleEn: 'Spin the wheel',
  titleFr: 'Tournez la roue',
  textEn: 'One spin a day',
  textFr: 'Un tour par jour',
  rulesEn: 'Rules',
  rulesFr: 'Règlement',
  startsAt: new Date(Date.now() - HOUR),
  endsAt: new Date(Date.now() + 14 * 24 * HOUR),
  tierIds: [],
  segmentIds: [],
  verifiedOnly: false,
  newMemberDelayHours: 0,
  playsPerDay: 5,
  pointsBudgetPerDay: 10_000,
  pointsBudgetTotal: null,
  prizes: [
    prize('POINTS', 3_000, { points: 10 }),
    prize('REWARD', 2_000, { rewardId, stock: 20 }),
    prize('TRY_AGAIN', 5_000),
  ],
  quiz: null,
  streak: null,
  ...overrides,
});

const save = <T>(work: (tx: Tx) => Promise<T>) => t.db.$transaction(work);

/** The saved rows, with their ids, as the edit form sends them back. */
const edited = async (gameId: string) => (await getGameForStaff(t.db, gameId)).prizes;

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  rewardId = (await makeReward(t.db)).id;
});
afterAll(() => t.drop());

describe('creating a game', () => {
  it('stores its prize table as version 1, its eligibility and its periods, audited', async () => {
    const tier = await t.db.tier.create({
      data: { code: 'GOLD', name: 'Gold', rank: 1, threshold: 1_000 },
    });
    const { id } = await save((tx) =>
      createGame(
        tx,
        wheel({ tierIds: [tier.id], verifiedOnly: true, newMemberDelayHours: 48 }),
        staffUserId,
      ),
    );
    const game = await getGameForStaff(t.db, id);
    expect(game).toMatchObject({
      status: 'running',
      newMemberDelayHours: 48,
      tableVersion: 1,
      tierIds: [tier.id],
      verifiedOnly: true,
      plays: 0,
    });
    expect(game.prizes.map((row) => [row.kind, row.weight])).toEqual([
      ['POINTS', 3_000],
      ['REWARD', 2_000],
      ['TRY_AGAIN', 5_000],
    ]);
    expect(new Set(game.prizes.map((row) => row.id)).size).toBe(3);
    const periods = await t.db.gamePeriod.findMany({
      where: { gameId: id },
      orderBy: { startsAt: 'asc' },
    });
    expect(periods[0]!.startsAt).toEqual(game.startsAt);
    expect(periods.at(-1)!.endsAt).toEqual(game.endsAt);
    expect(
      await t.db.auditLog.findFirst({
        where: { action: 'game.create', targetType: 'game', targetId: id },
      }),
    ).toMatchObject({ actorId: staffUserId });
  });

  it('stores a streak and a quiz with their settings, the quiz with its right answers', async () => {
    const streak = await save((tx) =>
      createGame(
        tx,
        wheel({
          type: 'DAILY_STREAK',
          playsPerDay: 1,
          prizes: [],
          streak: { pointsPerDay: 10, bonusDay: 7, bonusPoints: 50, maxFreezes: 2 },
        }),
        staffUserId,
      ),
    );
    expect(await getGameForStaff(t.db, streak.id)).toMatchObject({
      tableVersion: 0,
      prizes: [],
      streak: { pointsPerDay: 10, bonusDay: 7, bonusPoints: 50, maxFreezes: 2 },
    });
    const answers = [
      { textEn: 'Yes', textFr: 'Oui', right: true },
      { textEn: 'No', textFr: 'Non', right: false },
    ];
    const quiz = await save((tx) =>
      createGame(
        tx,
        wheel({
          type: 'QUIZ',
          prizes: [],
          quiz: {
            questions: [{ textEn: 'Coffee?', textFr: 'Café ?', answers }],
            pointsPerRightAnswer: 5,
            secondsPerQuestion: 20,
          },
        }),
        staffUserId,
      ),
    );
    const stored = await getGameForStaff(t.db, quiz.id);
    expect(stored.quiz?.questions[0]).toMatchObject({
      textEn: 'Coffee?',
      answers: [{ right: true }, { right: false }],
    });
  });

  it('refuses a reward prize whose reward is archived or missing, and a budget of nothing', async () => {
    const archived = await makeReward(t.db, { archivedAt: new Date() });
    for (const id of [archived.id, randomUUID()]) {
      const data = wheel({
        prizes: [prize('REWARD', 5_000, { rewardId: id }), prize('TRY_AGAIN', 5_000)],
      });
      expect(await refusal(save((tx) => createGame(tx, data, staffUserId)))).toBe(
        'game_reward_not_available',
      );
    }
    expect(
      await refusal(save((tx) => createGame(tx, wheel({ pointsBudgetPerDay: 0 }), staffUserId))),
    ).toBe('game_budget_spent');
    const short = wheel({ prizes: [prize('POINTS', 9_000, { points: 5 })] });
    expect(await refusal(save((tx) => createGame(tx, short, staffUserId)))).toBe(
      'invalid_prize_table',
    );
  });
});

describe('editing a game', () => {
  it('keeps the rows ids, writes a new table version, and old plays still replay on theirs', async () => {
    const { id } = await save((tx) => createGame(tx, wheel(), staffUserId));
    const customerId = (await makeCustomer(t.db)).id;
    const first = await playGame(t.db, { gameId: id, customerId, playId: randomUUID() });

    const before = await edited(id);
    const changed = [
      { ...before[0]!, weight: 2_500, points: 20 },
      before[1]!,
      { ...before[2]!, weight: 4_500 },
      prize('POINTS', 1_000, { points: 5 }),
    ];
    expect(await save((tx) => updateGame(tx, id, wheel({ prizes: changed }), staffUserId))).toEqual(
      { id, tableVersion: 2 },
    );
    const after = await getGameForStaff(t.db, id);
    expect(after.tableVersion).toBe(2);
    expect(after.prizes.slice(0, 3).map((row) => row.id)).toEqual(before.map((row) => row.id));
    expect(before.map((row) => row.id)).not.toContain(after.prizes[3]!.id);
    expect(after.prizes[0]).toMatchObject({ weight: 2_500, points: 20 });

    // Version 1 is untouched, and the play drawn on it recomputes from it.
    const v1 = await t.db.gamePrizeTable.findUniqueOrThrow({
      where: { gameId_version: { gameId: id, version: 1 } },
    });
    expect(v1.prizes).toEqual(before);
    const stored = await t.db.gamePlay.findUniqueOrThrow({
      where: { id: first.playId },
      include: { period: true },
    });
    expect(stored.tableVersion).toBe(1);
    expect(
      replayPlay({
        seed: stored.period!.seed,
        publishedHash: stored.period!.seedHash,
        customerId,
        playNumber: stored.number!,
        table: prizeTableOf(v1.prizes as StoredPrize[]),
        state: stored.drawState as never,
        stored: { prizeId: stored.prizeId, uniform: stored.uniform! },
      }).matches,
    ).toBe(true);
    const second = await playGame(t.db, { gameId: id, customerId, playId: randomUUID() });
    expect(
      (await t.db.gamePlay.findUniqueOrThrow({ where: { id: second.playId } })).tableVersion,
    ).toBe(2);

    // Saved again with the same table: no new version. Audited each time.
    const same = await edited(id);
    await save((tx) => updateGame(tx, id, wheel({ titleEn: 'Spin!', prizes: same }), staffUserId));
    expect(await t.db.gamePrizeTable.count({ where: { gameId: id } })).toBe(2);
    expect(await t.db.auditLog.count({ where: { action: 'game.update', targetId: id } })).toBe(2);
  });

  it('gives a new id to a row naming an id that is not in the table', async () => {
    const { id } = await save((tx) => createGame(tx, wheel(), staffUserId));
    const rows = await edited(id);
    const forged = [{ ...rows[0]!, id: 'not-a-row' }, rows[1]!, rows[2]!];
    await save((tx) => updateGame(tx, id, wheel({ prizes: forged }), staffUserId));
    const [first] = await edited(id);
    expect(first!.id).not.toBe('not-a-row');
    expect(first!.id).not.toBe(rows[0]!.id);
  });

  it('moves the periods with a new end, keeping the start and the seed of a game on', async () => {
    const { id } = await save((tx) => createGame(tx, wheel(), staffUserId));
    const started = await t.db.gamePeriod.findFirstOrThrow({
      where: { gameId: id },
      orderBy: { startsAt: 'asc' },
    });
    const endsAt = new Date(Date.now() + 30 * 24 * HOUR);
    const prizes = await edited(id);
    const startsAt = new Date(Date.now() - 2 * HOUR);
    await save((tx) => updateGame(tx, id, wheel({ prizes, startsAt, endsAt }), staffUserId));
    expect((await getGameForStaff(t.db, id)).startsAt).toEqual(started.startsAt);
    const periods = await t.db.gamePeriod.findMany({
      where: { gameId: id },
      orderBy: { startsAt: 'asc' },
    });
    expect(periods[0]).toMatchObject({ id: started.id, seed: started.seed });
    expect(periods.at(-1)!.endsAt).toEqual(endsAt);
  });

  it('refuses a total budget the plays already spent, and an unknown game', async () => {
    const { id } = await save((tx) =>
      createGame(tx, wheel({ prizes: [prize('POINTS', 10_000, { points: 30 })] }), staffUserId),
    );
    await playGame(t.db, {
      gameId: id,
      customerId: (await makeCustomer(t.db)).id,
      playId: randomUUID(),
    });
    const rows = await edited(id);
    expect(
      await refusal(
        save((tx) =>
          updateGame(tx, id, wheel({ prizes: rows, pointsBudgetTotal: 30 }), staffUserId),
        ),
      ),
    ).toBe('game_budget_spent');
    expect(await refusal(save((tx) => updateGame(tx, randomUUID(), wheel(), staffUserId)))).toBe(
      'game_not_found',
    );
  });
});

describe('archiving and listing', () => {
  it('archives a game once and restores it, audited, and lists games by status with plays and points given', async () => {
    const now = new Date();
    const scheduled = await save((tx) =>
      createGame(
        tx,
        wheel({ startsAt: new Date(now.getTime() + 24 * HOUR), titleEn: 'Later' }),
        staffUserId,
      ),
    );
    const running = await save((tx) => createGame(tx, wheel({ titleEn: 'Now' }), staffUserId));
    await playGame(t.db, {
      gameId: running.id,
      customerId: (await makeCustomer(t.db)).id,
      playId: randomUUID(),
    });
    const archive = (gameId: string, archived = true) =>
      save((tx) => setGameArchived(tx, { gameId, archived, staffUserId }));
    await archive(scheduled.id);
    await archive(scheduled.id);
    expect(
      await t.db.auditLog.count({ where: { action: 'game.archive', targetId: scheduled.id } }),
    ).toBe(1);

    const archived = await listGamesForStaff(t.db, { status: 'archived', page: 1, pageSize: 50 });
    expect(archived.rows.map((row) => row.id)).toEqual([scheduled.id]);
    const live = await listGamesForStaff(t.db, { status: 'running', page: 1, pageSize: 100 });
    expect(live.rows.find((row) => row.id === running.id)).toMatchObject({
      status: 'running',
      plays: 1,
      pointsBudgetPerDay: 10_000,
    });
    expect(await refusal(archive(randomUUID()))).toBe('game_not_found');
    await archive(scheduled.id, false);
    expect((await getGameForStaff(t.db, scheduled.id)).status).toBe('scheduled');
    expect(
      await t.db.auditLog.count({ where: { action: 'game.restore', targetId: scheduled.id } }),
    ).toBe(1);
  });
});
