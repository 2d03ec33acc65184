import { randomUUID } from 'node:crypto';
import { hashPassword } from '@fidele/auth/password';
import { PROGRAMME_TIME_ZONE } from '@fidele/core/earning';
import {
  addDays,
  dayStart,
  nextDayStart,
  playGame,
  programmeDay,
  type StoredPrize,
} from '@fidele/core/games';
import { givePoints, makeCustomer, makeGame } from '@fidele/core/testing';
import type { Db } from '@fidele/db';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';

const HOUR = 3_600_000;

/** A wheel that always lands on 40 points: the outcome is known before the spin. */
const sureWin: StoredPrize[] = [
  {
    id: 'forty',
    kind: 'POINTS',
    labelEn: '40 points',
    labelFr: '40 points',
    points: 40,
    rewardId: null,
    weight: 10_000,
    stock: null,
    paced: false,
  },
];

const signedInCustomer = async (page: Page, db: Db, points = 0) => {
  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  if (points) await givePoints(db, customer.id, points);
  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toHaveText(String(points));
  return customer;
};

/** "Dec 7, 2026, 12:00 AM": how the portal writes an instant, in the programme's time zone. */
const shown = (at: Date) =>
  new Intl.DateTimeFormat('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: PROGRAMME_TIME_ZONE,
  }).format(at);

const gameCard = (page: Page, title: string) =>
  page.getByTestId('game-card').filter({ has: page.getByRole('heading', { name: title }) });

test('a customer spins the wheel, wins its points and sees when she can play again', async ({
  page,
  db,
}) => {
  const title = `Lucky wheel ${randomUUID().slice(0, 8)}`;
  await makeGame(db, { titleEn: title, prizes: sureWin });
  await signedInCustomer(page, db, 100);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Games' }).click();
  const card = gameCard(page, title);
  await expect(card.getByText('1 play left today')).toBeVisible();
  await card.getByRole('link', { name: 'Play' }).click();

  await page.getByRole('button', { name: 'Spin the wheel' }).click();
  // Revealed once the wheel has stopped, and said aloud.
  await expect(page.getByTestId('points-won')).toHaveText('+40 points');
  await expect(page.getByTestId('new-balance')).toHaveText('New balance: 140 points');
  await expect(page.getByRole('status').filter({ hasText: 'You won 40 points!' })).toBeAttached();
  const nextPlay = shown(nextDayStart(new Date(), PROGRAMME_TIME_ZONE));
  await expect(page.getByTestId('next-play')).toHaveText(
    `You have played today. Next play: ${nextPlay}.`,
  );
  await expect(page.getByRole('link', { name: 'Spend my points' })).toHaveAttribute(
    'href',
    '/rewards',
  );

  await page.goto(`${urls.portal}/rewards`);
  await expect(page.getByTestId('points-balance')).toHaveText('140');
  await page.goto(`${urls.portal}/history`);
  await expect(page.getByText(`Game: ${title}`)).toBeVisible();

  await page.goto(`${urls.portal}/games`);
  await expect(gameCard(page, title).getByTestId('game-blocked')).toHaveText(
    `You have played today. Next play: ${nextPlay}.`,
  );
  await expect(gameCard(page, title).getByRole('link', { name: 'Play' })).toHaveCount(0);
});

test('a play the day no longer allows is refused with the time of the next one', async ({
  page,
  db,
}) => {
  const title = `Daily wheel ${randomUUID().slice(0, 8)}`;
  const game = await makeGame(db, { titleEn: title, prizes: sureWin });
  const customer = await signedInCustomer(page, db);
  await page.goto(`${urls.portal}/games/${game.id}`);
  await expect(page.getByText('1 play left today')).toBeVisible();
  // Meanwhile, another of her devices plays the day's only play.
  await playGame(db, { gameId: game.id, customerId: customer.id, playId: randomUUID() });

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Spin the wheel' }).click();
  const nextPlay = shown(nextDayStart(new Date(), PROGRAMME_TIME_ZONE));
  await expect(page.getByRole('alert').filter({ hasText: 'No plays left' })).toHaveText(
    `No plays left today. Next play: ${nextPlay}.`,
  );
  await expect(page.getByTestId('play-result')).toHaveCount(0);
});

test("the rules page reveals an ended period's seed and verifies her play in the browser", async ({
  page,
  db,
}) => {
  const today = programmeDay(new Date(), PROGRAMME_TIME_ZONE);
  // Three days ago at 10:00: the first one-day period ended at midnight that night.
  const startsAt = new Date(
    dayStart(addDays(today, -3), PROGRAMME_TIME_ZONE).getTime() + 10 * HOUR,
  );
  const title = `Fair wheel ${randomUUID().slice(0, 8)}`;
  const game = await makeGame(db, { titleEn: title, prizes: sureWin, startsAt, periodDays: 1 });
  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  await db.customer.update({
    where: { id: customer.id },
    data: { createdAt: new Date(startsAt.getTime() - HOUR) },
  });
  await playGame(db, {
    gameId: game.id,
    customerId: customer.id,
    playId: randomUUID(),
    now: new Date(startsAt.getTime() + HOUR),
  });
  const [first] = await db.gamePeriod.findMany({
    where: { gameId: game.id },
    orderBy: { startsAt: 'asc' },
  });

  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toHaveText('40');
  await page.goto(`${urls.portal}/games/${game.id}/rules`);
  await expect(page.getByRole('heading', { name: `Rules: ${title}` })).toBeVisible();
  await expect(page.getByTestId('odds-row').filter({ hasText: '40 points' })).toContainText('100%');
  const period = page.getByTestId('game-period').first();
  await expect(period).toContainText(first!.seedHash);
  await expect(period.getByTestId('revealed-seed')).toHaveText(first!.seed);
  const play = page.getByTestId('my-play');
  await expect(play).toHaveCount(1);
  await expect(play).toContainText('40 points');
  await expect(play.getByTestId('play-check')).toHaveText('Verified');
});

test('a scratch card reveals its prize from the keyboard, and a streak checks in today', async ({
  page,
  db,
}) => {
  const card = `Scratch ${randomUUID().slice(0, 8)}`;
  const streak = `Streak ${randomUUID().slice(0, 8)}`;
  const scratchGame = await makeGame(db, { type: 'SCRATCH_CARD', titleEn: card, prizes: sureWin });
  const streakGame = await makeGame(db, {
    type: 'DAILY_STREAK',
    titleEn: streak,
    streak: { pointsPerDay: 5, bonusDay: 7, bonusPoints: 50, maxFreezes: 2 },
  });
  await signedInCustomer(page, db);

  await page.goto(`${urls.portal}/games/${scratchGame.id}`);
  await page.getByRole('button', { name: 'Get my card' }).click();
  await expect(page.getByRole('img', { name: /Scratch card/ })).toBeVisible();
  await page.getByRole('button', { name: 'Reveal all' }).press('Enter');
  await expect(page.getByTestId('points-won')).toHaveText('+40 points');
  await expect(page.getByTestId('new-balance')).toHaveText('New balance: 40 points');

  await page.goto(`${urls.portal}/games/${streakGame.id}`);
  const days = page.getByRole('list', { name: 'Your streak, day by day' }).getByRole('listitem');
  await expect(days).toHaveCount(7);
  await expect(days.first()).toHaveAttribute('data-status', 'open');
  await expect(page.getByText('Bonus in 6 days')).toBeVisible();
  await expect(page.getByText('Freezes: 0 used, 2 left')).toBeVisible();
  await page.getByRole('button', { name: 'Check in today' }).click();
  await expect(page.getByTestId('play-result')).toContainText('Day 1 of your streak: 5 points!');
  await expect(page.getByTestId('new-balance')).toHaveText('New balance: 45 points');
  await expect(days.first()).toHaveAttribute('data-status', 'played');
  await expect(page.getByText('Checked in today. Come back tomorrow.')).toBeVisible();
});

test('a quiz shows its questions one at a time, marks each answer and pays the right ones at the end', async ({
  page,
  db,
}) => {
  const title = `Quiz ${randomUUID().slice(0, 8)}`;
  const question = (text: string, answers: string[], right: number) => ({
    textEn: text,
    textFr: text,
    answers: answers.map((answer, index) => ({
      textEn: answer,
      textFr: answer,
      right: index === right,
    })),
  });
  const game = await makeGame(db, {
    type: 'QUIZ',
    titleEn: title,
    quiz: {
      pointsPerRightAnswer: 15,
      secondsPerQuestion: 30,
      questions: [
        question('Which fabric lines the parkas?', ['Recycled wool', 'Silk'], 0),
        question('Days to return an online order?', ['7 days', '30 days'], 1),
      ],
    },
  });
  await signedInCustomer(page, db, 10);
  await page.goto(`${urls.portal}/games/${game.id}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();

  const quiz = page.getByTestId('quiz');
  await expect(quiz.getByText('Question 1 of 2')).toBeVisible();
  await expect(quiz.getByRole('progressbar', { name: 'Time left to answer' })).toBeVisible();
  await quiz.getByRole('button', { name: 'Recycled wool' }).click();
  await expect(page.getByTestId('quiz-mark')).toHaveText('Right!');
  await expect(quiz.getByText('Question 2 of 2')).toBeVisible();

  // A reload carries on with the question the quiz waits on.
  await page.reload();
  await expect(quiz.getByText('Question 2 of 2')).toBeVisible();
  await quiz.getByRole('button', { name: '7 days' }).click();
  await expect(page.getByTestId('quiz-mark')).toHaveText('Not quite: the answer was “30 days”.');
  await expect(page.getByTestId('play-result')).toContainText(
    'Quiz over: 1 right answer out of 2.',
  );
  await expect(page.getByTestId('points-won')).toHaveText('+15 points');
  await expect(page.getByTestId('new-balance')).toHaveText('New balance: 25 points');
  await page.goto(`${urls.portal}/history`);
  await expect(page.getByText(`Game: ${title}`)).toBeVisible();
});
