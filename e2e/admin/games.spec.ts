import { randomUUID } from 'node:crypto';
import { playGame } from '@fidele/core/games';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

test('marketing sets up a wheel, fixes its odds to 100 %, voids a play from its activity, archives and restores it', async ({
  page,
  db,
  makeStaff,
}) => {
  const title = `Lucky wheel ${Date.now()}`;
  await signInToAdmin(page, await makeStaff('MARKETING'));
  await page.getByRole('link', { name: 'Games' }).click();
  await page.getByRole('link', { name: 'New game' }).click();

  await expect(page.getByLabel('Spin the wheel')).toBeChecked();
  await page.getByLabel('Title in English').fill(title);
  await page.getByLabel('Title in French').fill(`Roue ${title}`);
  await page.getByLabel('Text in English').fill('One free spin a day');
  await page.getByLabel('Text in French').fill('Un tour gratuit par jour');
  await page.getByLabel('Rules in English').fill('Free to play.');
  await page.getByLabel('Rules in French').fill('Jeu gratuit.');
  await page.getByLabel('Points budget per day').fill('1000');
  const [points, again] = [0, 1].map((row) => page.getByTestId('prize-row').nth(row));
  await points!.getByLabel('Label in English').fill('10 points');
  await points!.getByLabel('Label in French').fill('10 points');
  await points!.getByLabel('Points', { exact: true }).fill('10');
  await points!.getByLabel('Chance (%)').fill('30');
  await again!.getByLabel('Prize 2').selectOption('TRY_AGAIN');
  await again!.getByLabel('Label in English').fill('Try again');
  await again!.getByLabel('Label in French').fill('Rejouez');
  await again!.getByLabel('Chance (%)').fill('60');

  const preview = page.getByTestId('game-preview');
  await expect(preview.getByTestId('odds-total')).toContainText('90%');
  await expect(preview.getByTestId('expected-points')).toHaveText('3');
  await page.getByRole('button', { name: 'Create the game' }).click();
  await expect(
    page.getByText('The chances must add up to exactly 100 % (they add up to 90 %).'),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/games\/new$/);
  expect(await db.game.count({ where: { titleEn: title } })).toBe(0);

  await again!.getByLabel('Chance (%)').fill('70');
  await expect(preview.getByTestId('odds-total')).toContainText('The chances add up to 100 %.');
  await page.getByRole('button', { name: 'Create the game' }).click();
  await page.waitForURL(/\/games\/[0-9a-f-]{36}\?created=1$/);
  const gameId = /\/games\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.getByText('Game created.')).toBeVisible();
  await expect(page.locator('#history')).toContainText('Created a game');

  await page.goto(`${urls.admin}/games`);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Spin the wheel');
  await expect(row).toContainText('Running');

  const customer = await makeCustomer(db);
  const played = await playGame(db, { gameId, customerId: customer.id, playId: randomUUID() });
  await page.goto(`${urls.admin}/games/${gameId}/activity`);
  await expect(page.getByTestId('points-per-day')).toContainText(`${played.points} / 1,000`);
  const plays = page.getByTestId('game-plays');
  const playRow = plays.getByRole('row', { name: new RegExp(customer.memberCode) });
  await expect(playRow).toBeVisible();
  await playRow.getByRole('button', { name: 'Void…' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByLabel('Why').fill('Scripted account');
  await dialog.getByRole('button', { name: 'Void the play' }).click();
  await expect(dialog).toBeHidden();
  await expect(playRow).toContainText('Voided');
  await expect(playRow).toContainText('Scripted account');
  expect(await db.gamePlay.findUniqueOrThrow({ where: { id: played.playId } })).toMatchObject({
    voidReason: 'Scripted account',
  });
  // Archived, members no longer see it; restored, they do again.
  await page.goto(`${urls.admin}/games/${gameId}`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Archive the game' }).click();
  await expect(page.getByText(`“${title}” is archived`)).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore the game' }).click();
  await expect(page.getByText(`“${title}” is back`)).toBeVisible();
  expect((await db.game.findUniqueOrThrow({ where: { id: gameId } })).archivedAt).toBeNull();
});
