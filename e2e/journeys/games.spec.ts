import { randomUUID } from 'node:crypto';
import { hashPassword } from '@fidele/auth/password';
import type { StoredPrize } from '@fidele/core/games';
import { makeCustomer, makeGame, makeReward } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin, signInToPortal } from '../sign-in.ts';

const sixtyPoints: StoredPrize = {
  id: 'sixty',
  kind: 'POINTS',
  labelEn: '60 points',
  labelFr: '60 points',
  points: 60,
  rewardId: null,
  weight: 10_000,
  stock: null,
  paced: false,
};

test('points won on the wheel become a code redeemed at the till; the admin sees the play and the rules page proves it', async ({
  page,
  request,
  db,
  storeKey,
  makeStaff,
}) => {
  const title = `Winter wheel ${randomUUID().slice(0, 8)}`;
  const rewardName = `Game treat ${randomUUID().slice(0, 8)}`;
  const game = await makeGame(db, {
    titleEn: title,
    prizes: [sixtyPoints],
    pointsBudgetPerDay: 500,
  });
  await makeReward(db, { nameEn: rewardName, pointsCost: 50, channels: 'STORE' });
  const camille = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });

  // Camille plays the wheel in the portal: the server draws, the points land in her balance.
  await signInToPortal(page, camille.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toHaveText('0');
  await page.goto(`${urls.portal}/games/${game.id}`);
  await page.getByRole('button', { name: 'Spin the wheel' }).click();
  await expect(page.getByTestId('points-won')).toHaveText('+60 points');
  await expect(page.getByTestId('new-balance')).toHaveText('New balance: 60 points');
  await page.goto(`${urls.portal}/history`);
  await expect(page.getByText(`Game: ${title}`)).toBeVisible();

  // The points buy a reward's code…
  await page.goto(`${urls.portal}/rewards`);
  const reward = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: rewardName }) });
  await reward.getByRole('button', { name: 'Claim' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/New balance/)).toBeVisible();
  await page.goto(`${urls.portal}/codes`);
  const code = (await page
    .getByTestId('code')
    .filter({ hasText: rewardName })
    .getByTestId('code-text')
    .textContent())!.trim();
  await page.goto(urls.portal);
  await expect(page.getByTestId('points-balance')).toHaveText('10');

  // …which the till redeems over REST.
  const redeemed = await request.post(`${urls.api}/api/v1/codes/redeem`, {
    headers: { authorization: `Bearer ${storeKey}` },
    data: { code, basketAmount: 6_000, currency: 'EUR' },
  });
  expect(redeemed.status()).toBe(201);

  // The admin sees her play, the day's points against the budget, and the chart.
  const admin = await page.context().browser()!.newContext();
  const adminPage = await admin.newPage();
  await signInToAdmin(adminPage, await makeStaff('MARKETING'));
  await adminPage.goto(`${urls.admin}/games/${game.id}/activity`);
  await expect(adminPage.getByTestId('points-per-day')).toContainText('60 / 500');
  await expect(
    adminPage.getByTestId('game-plays').getByRole('row', { name: new RegExp(camille.memberCode) }),
  ).toContainText('60');
  await admin.close();

  // Once her play's period has ended, its seed is revealed and her browser redoes the draw.
  const { periodId } = await db.gamePlay.findFirstOrThrow({
    where: { gameId: game.id, customerId: camille.id },
  });
  await db.gamePeriod.update({
    where: { id: periodId! },
    data: { endsAt: new Date(Date.now() - 1_000) },
  });
  await page.goto(`${urls.portal}/games/${game.id}/rules`);
  const play = page.getByTestId('my-play');
  await expect(play).toContainText('60 points');
  await expect(play.getByTestId('play-check')).toHaveText('Verified');
});
