import { randomUUID } from 'node:crypto';
import { makeCustomer, makeGame } from '@fidele/core/testing';
import type { StoredPrize } from '@fidele/core/games';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerFactory } from '../trpc.ts';
import { customerRouter } from './index.ts';

let t: TestDatabase;
const createCaller = createCallerFactory(customerRouter);
const callerFor = (
  customerId: string,
  clientAddress = `198.51.100.${Math.floor(Math.random() * 250)}`,
) => createCaller({ db: t.db, customer: { id: customerId }, clientAddress, response: {} });

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const prizes: StoredPrize[] = [
  {
    id: 'ten',
    kind: 'POINTS',
    labelEn: '10 points',
    labelFr: '10 points',
    points: 10,
    rewardId: null,
    weight: 5_000,
    stock: null,
    paced: false,
  },
  {
    id: 'again',
    kind: 'TRY_AGAIN',
    labelEn: 'Try again',
    labelFr: 'Rejouez',
    points: null,
    rewardId: null,
    weight: 5_000,
    stock: null,
    paced: false,
  },
];

describe('customer games', () => {
  it('lists a game with its plays left, plays it, then says when to come back', async () => {
    const game = await makeGame(t.db, { prizes });
    const { id } = await makeCustomer(t.db);
    const caller = callerFor(id);
    expect(await caller.games.list()).toEqual([
      expect.objectContaining({
        id: game.id,
        type: 'SPIN_WHEEL',
        playsLeft: 1,
        blockedBy: null,
        nextPlayAt: null,
        prizes: [expect.objectContaining({ id: 'ten' }), expect.objectContaining({ id: 'again' })],
      }),
    ]);
    const played = await caller.games.play({ gameId: game.id, playId: randomUUID() });
    expect(played.playsLeft).toBe(0);
    const [after] = await caller.games.list();
    expect(after).toMatchObject({ playsLeft: 0, blockedBy: 'game_no_plays_left' });
    expect(after!.nextPlayAt).toEqual(played.nextPlayAt);
    await expect(
      caller.games.play({ gameId: game.id, playId: randomUUID() }),
    ).rejects.toMatchObject({
      cause: { code: 'game_no_plays_left' },
    });
  });

  it('shows the rules page with the odds and the hash, and recomputes the plays once the seed is revealed', async () => {
    const game = await makeGame(t.db, { prizes, playsPerDay: 3 });
    const { id } = await makeCustomer(t.db);
    const caller = callerFor(id);
    await caller.games.play({ gameId: game.id, playId: randomUUID() });
    const page = await caller.games.get({ gameId: game.id });
    expect(page.odds).toEqual({
      prizes: [
        { prizeId: 'ten', probability: 0.5, excluded: null },
        { prizeId: 'again', probability: 0.5, excluded: null },
      ],
      tryAgain: 0.5,
    });
    expect(page.periods[0]).toMatchObject({
      seed: null,
      seedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(page.plays).toEqual([expect.objectContaining({ number: 1, verified: null })]);
    // The period ends: its seed is revealed and the play checks out.
    await t.db.gamePeriod.updateMany({
      where: { gameId: game.id },
      data: { endsAt: new Date(Date.now() - 1) },
    });
    const revealed = await caller.games.get({ gameId: game.id });
    expect(revealed.periods[0]!.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(revealed.plays[0]!.verified).toEqual({ matches: true, seedMatchesHash: true });
  });

  it('stops a customer playing at machine speed', async () => {
    const game = await makeGame(t.db, { prizes, playsPerDay: 100 });
    const { id } = await makeCustomer(t.db);
    const outcomes = [];
    for (let i = 0; i < 31; i++)
      outcomes.push(
        await callerFor(id)
          .games.play({ gameId: game.id, playId: randomUUID() })
          .then(
            () => 'played',
            (error: { cause?: { code?: string } }) => error.cause?.code,
          ),
      );
    expect(outcomes.filter((outcome) => outcome === 'played')).toHaveLength(30);
    expect(outcomes.at(-1)).toBe('rate_limited');
  });

  it('does not show a game that is not for the customer', async () => {
    const gold = await t.db.tier.create({
      data: { code: 'PLAY_GOLD', name: 'Gold', rank: 60, threshold: 1_000 },
    });
    const game = await makeGame(t.db, { prizes, tierIds: [gold.id] });
    const { id } = await makeCustomer(t.db);
    expect((await callerFor(id).games.list()).map((listed) => listed.id)).not.toContain(game.id);
    await expect(callerFor(id).games.get({ gameId: game.id })).rejects.toMatchObject({
      cause: { code: 'game_not_found' },
    });
  });

  it('runs a quiz question by question and resumes it after a reload', async () => {
    const game = await makeGame(t.db, {
      type: 'QUIZ',
      quiz: {
        questions: [1, 2].map((n) => ({
          textEn: `Question ${n}`,
          textFr: `Question ${n}`,
          answers: [
            { textEn: 'Yes', textFr: 'Oui', right: true },
            { textEn: 'No', textFr: 'Non', right: false },
          ],
        })),
        pointsPerRightAnswer: 5,
        secondsPerQuestion: 30,
      },
    });
    const { id } = await makeCustomer(t.db);
    const caller = callerFor(id);
    const play = await caller.games.play({ gameId: game.id, playId: randomUUID() });
    expect(play.quiz).toMatchObject({ question: 0, questions: 2 });
    expect(await caller.games.quiz.current({ gameId: game.id })).toMatchObject({
      playId: play.playId,
      question: 0,
    });
    await expect(
      caller.games.quiz.answer({ playId: play.playId, question: 0, answer: -1 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller.games.quiz.answer({ playId: play.playId, question: 0, answer: 0 });
    expect(
      await caller.games.quiz.answer({ playId: play.playId, question: 1, answer: 0 }),
    ).toMatchObject({ mark: 'right', next: null, ended: { rightAnswers: 2, points: 10 } });
    expect(await caller.games.quiz.current({ gameId: game.id })).toBeNull();
  });
});
