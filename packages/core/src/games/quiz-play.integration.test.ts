import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { ledgerViolations, makeCustomer, makeGame } from '../testing/index.ts';
import { playGame } from './play-game.ts';
import { answerQuiz, findQuizInProgress } from './quiz-play.ts';
import type { StoredQuiz } from './quiz.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const question = (right: number) => ({
  textEn: `Which is ${right}?`,
  textFr: `Laquelle est ${right} ?`,
  answers: [0, 1, 2].map((n) => ({ textEn: `${n}`, textFr: `${n}`, right: n === right })),
});
const quiz: StoredQuiz = {
  questions: [question(0), question(1), question(2)],
  pointsPerRightAnswer: 20,
  secondsPerQuestion: 15,
};

// A minute ahead, so the customers made during the tests are members by then.
const start = new Date(Date.now() + 60_000);
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

const quizGame = (extra: Parameters<typeof makeGame>[1] = {}) =>
  makeGame(t.db, { type: 'QUIZ', quiz, ...extra });

const begin = async (gameId: string) => {
  const { id: customerId } = await makeCustomer(t.db);
  const play = await playGame(t.db, { gameId, customerId, playId: randomUUID(), now: start });
  return { customerId, play };
};

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!isAppError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.code;
};

const balanceOf = async (customerId: string) =>
  (await t.db.account.findFirstOrThrow({ where: { customerId } })).balance;

describe('a quiz play', () => {
  it('shows the questions one by one without their right answer, and pays right answers in time at the end', async () => {
    const game = await quizGame();
    const { customerId, play } = await begin(game.id);
    expect(play).toMatchObject({ via: 'quiz', points: 0, playsLeft: 0 });
    expect(play.quiz).toMatchObject({ question: 0, questions: 3, text: { en: 'Which is 0?' } });
    expect(JSON.stringify(play.quiz)).not.toContain('right');
    expect(play.quiz!.answerBy).toEqual(at(15));

    const answer = (question: number, answer: number | null, seconds: number) =>
      answerQuiz(t.db, { customerId, playId: play.playId, question, answer, now: at(seconds) });
    expect(await answer(0, 0, 5)).toMatchObject({
      mark: 'right',
      rightAnswer: 0,
      next: { question: 1, shownAt: at(5), answerBy: at(20) },
      ended: null,
    });
    // Right, but 17 s after the question came (15 s and the network's allowance of 1 s).
    expect(await answer(1, 1, 22)).toMatchObject({ mark: 'late', next: { question: 2 } });
    expect(await balanceOf(customerId)).toBe(0);
    const last = await answer(2, 2, 30);
    expect(last).toMatchObject({
      mark: 'right',
      next: null,
      ended: { rightAnswers: 2, points: 40, pointsBalance: 40 },
    });
    expect(await balanceOf(customerId)).toBe(40);

    const stored = await t.db.gamePlay.findUniqueOrThrow({
      where: { id: play.playId },
      include: { quizAnswers: { orderBy: { question: 'asc' } } },
    });
    expect(stored).toMatchObject({ points: 40, quizEndedAt: at(30) });
    expect(stored.quizAnswers.map(({ mark }) => mark)).toEqual(['right', 'late', 'right']);
    const movement = await t.db.movement.findFirstOrThrow({
      where: { sourceId: play.playId },
    });
    expect(movement).toMatchObject({ id: stored.movementId, channel: 'APP', qualifying: false });
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('answers a retried answer as the first one did, and refuses answers once the quiz is over', async () => {
    const game = await quizGame();
    const { customerId, play } = await begin(game.id);
    const answer = (question: number, value: number | null, seconds: number) =>
      answerQuiz(t.db, {
        customerId,
        playId: play.playId,
        question,
        answer: value,
        now: at(seconds),
      });
    await answer(0, 1, 3);
    expect(await answer(0, 0, 4)).toMatchObject({ mark: 'wrong', next: { question: 1 } });
    expect(await refusal(answer(2, 2, 5))).toBe('invalid_request');
    expect(await refusal(answer(1, 7, 5))).toBe('invalid_request');
    await answer(1, null, 25);
    await answer(2, 2, 26);
    expect(await refusal(answer(3, 0, 27))).toBe('game_quiz_over');
    expect(await answer(2, 0, 28)).toMatchObject({ mark: 'right', ended: { points: 20 } });
    expect(await balanceOf(customerId)).toBe(20);
  });

  it("keeps the same answer sent twice at once to one, and another customer's play out of reach", async () => {
    const game = await quizGame();
    const { customerId, play } = await begin(game.id);
    const both = await Promise.all(
      [0, 0].map(() =>
        answerQuiz(t.db, { customerId, playId: play.playId, question: 0, answer: 0, now: at(2) }),
      ),
    );
    expect(both.map(({ mark }) => mark)).toEqual(['right', 'right']);
    expect(await t.db.gameQuizAnswer.count({ where: { playId: play.playId } })).toBe(1);
    const { id: other } = await makeCustomer(t.db);
    expect(
      await refusal(
        answerQuiz(t.db, { customerId: other, playId: play.playId, question: 1, answer: 1 }),
      ),
    ).toBe('game_play_not_found');
    expect(await findQuizInProgress(t.db, other, game.id)).toBeNull();
    expect(await findQuizInProgress(t.db, customerId, game.id)).toMatchObject({ question: 1 });
  });

  it('pays no more than the budget left when the last answer comes in', async () => {
    const game = await quizGame({ pointsBudgetTotal: 50 });
    const players = await Promise.all([begin(game.id), begin(game.id)]);
    const finish = ({ customerId, play }: Awaited<ReturnType<typeof begin>>) =>
      [0, 1, 2].reduce<Promise<unknown>>(
        (previous, question) =>
          previous.then(() =>
            answerQuiz(t.db, {
              customerId,
              playId: play.playId,
              question,
              answer: question,
              now: at(question + 1),
            }),
          ),
        Promise.resolve(),
      );
    await Promise.all(players.map(finish));
    const paid = await t.db.gamePlay.findMany({
      where: { gameId: game.id },
      select: { points: true },
    });
    // 60 points each for three right answers: the first to finish takes the 50 left.
    expect(paid.map(({ points }) => points).sort((a, b) => a - b)).toEqual([0, 50]);
    expect((await t.db.game.findUniqueOrThrow({ where: { id: game.id } })).pointsGiven).toBe(50);
  });
});
