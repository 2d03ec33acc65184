import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { listHistoryPage } from '../ledger/index.ts';
import {
  givePoints,
  ledgerViolations,
  makeCustomer,
  makeGame,
  makeReward,
} from '../testing/index.ts';
import { replayPlay } from './draw.ts';
import { momentsInPeriod } from './periods.ts';
import { winningMoments } from './winning-moments.ts';
import { getPlay, playGame } from './play-game.ts';
import { type StoredPrize, prizeTableOf } from './stored-prize.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const prize = (
  id: string,
  kind: StoredPrize['kind'],
  weight: number,
  extra: Partial<StoredPrize> = {},
): StoredPrize => ({
  id,
  kind,
  labelEn: id,
  labelFr: id,
  points: null,
  rewardId: null,
  weight,
  stock: null,
  paced: false,
  ...extra,
});

const wheel: StoredPrize[] = [
  prize('fifty', 'POINTS', 2_000, { points: 50 }),
  prize('ten', 'POINTS', 5_000, { points: 10 }),
  prize('again', 'TRY_AGAIN', 3_000),
];

const customer = async (input: { verified?: boolean } = {}) => {
  const { id } = await makeCustomer(t.db);
  if (input.verified)
    await t.db.customer.update({ where: { id }, data: { emailVerified: new Date() } });
  return id;
};

const play = (gameId: string, customerId: string, playId = randomUUID()) =>
  playGame(t.db, { gameId, customerId, playId });

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return isAppError(error) ? error.code : error;
};

describe('playGame', () => {
  it("shows a prize's points in the history under the game's title", async () => {
    const game = await makeGame(t.db, {
      prizes: [prize('sure', 'POINTS', 10_000, { points: 25 })],
      titleEn: 'Summer wheel',
      titleFr: "Roue d'été",
    });
    const customerId = await customer();
    await play(game.id, customerId);
    const [movement] = (await listHistoryPage(t.db, { customerId })).items;
    expect(movement).toMatchObject({
      type: 'EARN',
      points: 25,
      sourceType: 'GAME_PLAY',
      purchase: null,
      game: { title: { en: 'Summer wheel', fr: "Roue d'été" } },
    });
  });

  it('gives a paced prize to the first play after its winning moment, once', async () => {
    const game = await makeGame(t.db, {
      prizes: [...wheel, prize('golden', 'POINTS', 0, { points: 500, stock: 1, paced: true })],
      playsPerDay: 5,
    });
    const period = await t.db.gamePeriod.findFirstOrThrow({ where: { gameId: game.id } });
    const [moment] = winningMoments({
      ...period,
      prizeId: 'golden',
      count: momentsInPeriod({ stock: 1, game, period }),
    });
    const at = (ms: number) => new Date(moment!.getTime() + ms);
    const [early, first, late] = [await customer(), await customer(), await customer()];
    const before = await playGame(t.db, {
      gameId: game.id,
      customerId: early,
      playId: randomUUID(),
      now: at(-1),
    });
    expect(before.prize?.id).not.toBe('golden');
    const won = await playGame(t.db, {
      gameId: game.id,
      customerId: first,
      playId: randomUUID(),
      now: at(1),
    });
    expect(won).toMatchObject({ via: 'moment', prize: { id: 'golden' }, points: 500 });
    const after = await playGame(t.db, {
      gameId: game.id,
      customerId: late,
      playId: randomUUID(),
      now: at(2),
    });
    expect(after.via).toBe('draw');
    await expectReplayable(game.id);
  });

  it('records the play, credits its points through the ledger (APP, GAME_PLAY) and answers the same play for the same id', async () => {
    const game = await makeGame(t.db, {
      prizes: [prize('all', 'POINTS', 10_000, { points: 25 })],
      playsPerDay: 2,
    });
    const customerId = await customer();
    const playId = randomUUID();
    const first = await play(game.id, customerId, playId);
    expect(first).toMatchObject({
      points: 25,
      row: 0,
      via: 'draw',
      number: 1,
      pointsBalance: 25,
      playsLeft: 1,
      nextPlayAt: null,
    });
    expect(first.prize).toMatchObject({ id: 'all', kind: 'POINTS', points: 25 });
    const again = await play(game.id, customerId, playId);
    expect(again).toMatchObject({
      playId,
      points: 25,
      row: 0,
      number: 1,
      pointsBalance: 25,
      playsLeft: 1,
    });
    const movements = await t.db.movement.findMany({ where: { customerId } });
    expect(movements).toEqual([
      expect.objectContaining({
        type: 'EARN',
        channel: 'APP',
        points: 25,
        sourceType: 'GAME_PLAY',
        sourceId: playId,
        qualifying: false,
      }),
    ]);
    expect(await t.db.gamePlay.count({ where: { customerId } })).toBe(1);
    expect(
      await t.db.game.findUniqueOrThrow({ where: { id: game.id }, select: { pointsGiven: true } }),
    ).toEqual({ pointsGiven: 25 });
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('refuses a play id of another customer, and a play of a game that is not on, not for them or too soon', async () => {
    const game = await makeGame(t.db, { prizes: wheel });
    const playId = randomUUID();
    await play(game.id, await customer(), playId);
    expect(await refusal(play(game.id, await customer(), playId))).toBe('game_play_not_found');

    const ended = await makeGame(t.db, {
      prizes: wheel,
      startsAt: new Date(Date.now() - 7_200_000),
      endsAt: new Date(Date.now() - 3_600_000),
    });
    expect(await refusal(play(ended.id, await customer()))).toBe('game_not_open');
    const verified = await makeGame(t.db, { prizes: wheel, verifiedOnly: true });
    expect(await refusal(play(verified.id, await customer()))).toBe('game_needs_verified_email');
    expect((await play(verified.id, await customer({ verified: true }))).number).toBe(1);
    const delayed = await makeGame(t.db, { prizes: wheel, newMemberDelayHours: 24 });
    expect(await refusal(play(delayed.id, await customer()))).toBe('game_new_member_wait');
    const gold = await t.db.tier.create({
      data: { code: 'GAME_GOLD', name: 'Gold', rank: 50, threshold: 1_000 },
    });
    const forGold = await makeGame(t.db, { prizes: wheel, tierIds: [gold.id] });
    expect(await refusal(play(forGold.id, await customer()))).toBe('game_not_eligible');
    expect(await refusal(play(randomUUID(), await customer()))).toBe('game_not_found');
  });

  it('gives exactly the plays left to 100 concurrent plays of one customer', async () => {
    const game = await makeGame(t.db, { prizes: wheel, playsPerDay: 3 });
    const customerId = await customer();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, () => play(game.id, customerId)),
    );
    const played = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason] : [],
    );
    expect(played).toHaveLength(3);
    expect(refused.every((error) => isAppError(error) && error.code === 'game_no_plays_left')).toBe(
      true,
    );
    const plays = await t.db.gamePlay.findMany({
      where: { customerId },
      orderBy: { number: 'asc' },
    });
    expect(plays.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(await refusal(play(game.id, customerId))).toBe('game_no_plays_left');
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('never exceeds the daily and total budgets nor a stock under concurrent players, and every play replays from its seed', async () => {
    const budgets = fc.record({
      perDay: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
      total: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
      bigWeight: fc.integer({ min: 0, max: 10_000 }),
      bigPoints: fc.integer({ min: 1, max: 200 }),
      stock: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    });
    const reward = await makeReward(t.db);
    await fc.assert(
      fc.asyncProperty(budgets, async ({ perDay, total, bigWeight, bigPoints, stock }) => {
        const rest = 10_000 - bigWeight;
        const prizes = [
          prize('big', 'POINTS', bigWeight, { points: bigPoints }),
          prize('code', 'REWARD', Math.floor(rest / 2), { rewardId: reward.id, stock }),
          prize('again', 'TRY_AGAIN', rest - Math.floor(rest / 2)),
        ];
        const game = await makeGame(t.db, {
          prizes,
          pointsBudgetPerDay: perDay,
          pointsBudgetTotal: total,
        });
        const players = await Promise.all(Array.from({ length: 40 }, () => customer()));
        await Promise.all(players.map((customerId) => play(game.id, customerId)));
        const given = await t.db.gamePlay.aggregate({
          where: { gameId: game.id },
          _sum: { points: true },
          _count: true,
        });
        expect(given._count).toBe(40);
        expect(given._sum.points ?? 0).toBeLessThanOrEqual(
          Math.min(perDay ?? Infinity, total ?? Infinity),
        );
        const codes = await t.db.gamePlay.count({ where: { gameId: game.id, prizeId: 'code' } });
        expect(codes).toBeLessThanOrEqual(stock ?? Infinity);
        expect(await t.db.discountCode.count({ where: { gamePlay: { gameId: game.id } } })).toBe(
          codes,
        );
        await expectReplayable(game.id);
      }),
      { numRuns: 8 },
    );
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('holds a total budget under 200 concurrent players', async () => {
    const game = await makeGame(t.db, {
      prizes: [prize('ten', 'POINTS', 6_000, { points: 10 }), prize('again', 'TRY_AGAIN', 4_000)],
      pointsBudgetTotal: 500,
      pointsBudgetPerDay: 400,
    });
    const players = await Promise.all(Array.from({ length: 200 }, () => customer()));
    await Promise.all(players.map((customerId) => play(game.id, customerId)));
    const given = await t.db.gamePlay.aggregate({
      where: { gameId: game.id },
      _sum: { points: true },
    });
    // 200 plays at 60 % would give about 1,200 points: the day's budget stops them at 400.
    expect(given._sum.points).toBe(400);
    const state = await t.db.game.findUniqueOrThrow({
      where: { id: game.id },
      select: { pointsGiven: true },
    });
    expect(state.pointsGiven).toBe(400);
    await expectReplayable(game.id);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it("issues a reward prize's code with the reward's terms, and shows it again for the same play id", async () => {
    const reward = await makeReward(t.db, { discountValue: 500, validityDays: 10 });
    const game = await makeGame(t.db, {
      prizes: [prize('code', 'REWARD', 10_000, { rewardId: reward.id, stock: 5 })],
    });
    const customerId = await customer();
    const playId = randomUUID();
    const won = await play(game.id, customerId, playId);
    expect(won.points).toBe(0);
    expect(won.code).toMatchObject({ discount: { type: 'FIXED_AMOUNT', amount: 500 } });
    const code = await t.db.discountCode.findUniqueOrThrow({
      where: { id: won.code!.id },
      include: { events: true },
    });
    expect(code).toMatchObject({
      customerId,
      rewardId: reward.id,
      pointsCost: 0,
      status: 'ACTIVE',
    });
    expect(code.events).toEqual([
      expect.objectContaining({ type: 'ISSUED', channel: 'APP', actorType: 'CUSTOMER' }),
    ]);
    expect((await getPlay(t.db, customerId, playId)).code).toEqual(won.code);
  });

  it("pays a streak's day once a day, within the budget, and repays a debt first", async () => {
    const game = await makeGame(t.db, {
      type: 'DAILY_STREAK',
      streak: { pointsPerDay: 10, bonusDay: 7, bonusPoints: 50, maxFreezes: 2 },
    });
    const customerId = await customer();
    await givePoints(t.db, customerId, 5);
    const checkIn = await play(game.id, customerId);
    expect(checkIn).toMatchObject({
      via: 'streak',
      streakDay: 1,
      points: 10,
      pointsBalance: 15,
      playsLeft: 0,
      number: null,
      prize: null,
    });
    expect(checkIn.nextPlayAt).toBeInstanceOf(Date);
    expect(await refusal(play(game.id, customerId))).toBe('game_no_plays_left');
    expect(await ledgerViolations(t.db)).toEqual([]);
  });
});

/** Every play of the game recomputed from its period's seed, table version and stored state. */
const expectReplayable = async (gameId: string) => {
  const plays = await t.db.gamePlay.findMany({ where: { gameId }, include: { period: true } });
  const tables = await t.db.gamePrizeTable.findMany({ where: { gameId } });
  for (const stored of plays) {
    const table = tables.find((row) => row.version === stored.tableVersion)!;
    const replay = replayPlay({
      seed: stored.period!.seed,
      publishedHash: stored.period!.seedHash,
      customerId: stored.customerId,
      playNumber: stored.number!,
      table: prizeTableOf(table.prizes as StoredPrize[]),
      state: stored.drawState as never,
      momentPrizeId: stored.via === 'moment' ? stored.prizeId : null,
      stored: { prizeId: stored.prizeId, uniform: stored.uniform! },
    });
    expect(replay.matches).toBe(true);
  }
};
