import { randomUUID } from 'node:crypto';
import { hashPassword } from '@fidele/auth/password';
import { PROGRAMME_TIME_ZONE } from '@fidele/core/earning';
import { makeCustomer, makeGame, makeShop } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';
import { ensureSilverAndGold } from '../tier-ladder.ts';

const HOUR = 3_600_000;

// Earn rules are the whole programme's and other tests run beside this one: the rules made here
// only touch this test's own shop and SKU, and every check looks for this test's names only.
test('she sees her new tier celebrated once, which points count towards it, until when she keeps it, every way to earn switched on, and a 404 with a way home', async ({
  page,
  request,
  db,
  storeKey,
}) => {
  const id = randomUUID().slice(0, 8);
  await ensureSilverAndGold(db);
  const shop = await makeShop(db, { kind: 'STORE', name: `Shop ${id}` });
  const shopRate = await db.earnRule.create({
    data: { kind: 'BASE_RATE', name: `Shop rate ${id}`, shopIds: [shop.id], rate: 300 },
  });
  await db.earnRule.createMany({
    data: [
      { kind: 'PRODUCT_BONUS', name: `Bag bonus ${id}`, sku: `BAG-${id}`, multiplier: 200 },
      {
        kind: 'BASE_RATE',
        name: `Switched off ${id}`,
        shopIds: [shop.id],
        rate: 900,
        archivedAt: new Date(),
      },
      {
        kind: 'PROMOTION',
        name: `Ended ${id}`,
        shopIds: [shop.id],
        multiplier: 300,
        startsAt: new Date(Date.now() - 48 * HOUR),
        endsAt: new Date(Date.now() - 24 * HOUR),
      },
    ],
  });
  const gameTitle = `Wheel ${id}`;
  await makeGame(db, {
    titleEn: gameTitle,
    prizes: [
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
    ],
  });
  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  // 5,000 € at a till: 5,000 qualifying points, Silver at once.
  const bought = await request.post(`${urls.api}/api/v1/purchases`, {
    headers: { authorization: `Bearer ${storeKey}` },
    data: {
      externalId: `EARN-${id}`,
      memberCode: customer.memberCode,
      amount: 500_000,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
    },
  });
  expect(bought.status()).toBe(201);
  expect((await bought.json()).purchase.customer.tier.code).toBe('SILVER');

  // What the programme's settings say: the window, and when Silver ends with nothing more bought.
  const { tierWindowMonths: months } = await db.programmeSettings.findUniqueOrThrow({
    where: { id: 1 },
  });
  const [silverEnds] = await db.$queryRaw<{ keptUntil: Date }[]>`
    SELECT m."createdAt" + make_interval(months => s."tierWindowMonths")
           + make_interval(days => s."tierGraceDays") AS "keptUntil"
    FROM "Movement" m, "ProgrammeSettings" s
    WHERE m."customerId" = ${customer.id}::uuid AND m.qualifying AND s.id = 1`;
  const date = new Intl.DateTimeFormat('en', {
    dateStyle: 'long',
    timeZone: PROGRAMME_TIME_ZONE,
  }).format(silverEnds!.keptUntil);
  const qualifying = `5,000 of 5,040 qualifying points earned in the last ${months} months — purchases count, bonuses don’t`;

  await signInToPortal(page, customer.email, 'right-password');
  // Silver is celebrated once: seen here, it is recorded for every device.
  const celebration = page.getByTestId('tier-celebration');
  await expect(
    celebration.getByRole('heading', { name: 'Congratulations: you have reached Silver!' }),
  ).toBeVisible();
  await expect
    .poll(() => db.tierChange.count({ where: { customerId: customer.id, celebratedAt: null } }))
    .toBe(0);
  await celebration.getByRole('button', { name: 'Dismiss' }).click();
  await expect(celebration).toHaveCount(0);
  await expect(page.getByTestId('tier-qualifying')).toHaveText(qualifying);
  await expect(page.getByTestId('tier-kept-until')).toContainText(`Silver until ${date}.`);
  await page.getByTestId('home-tier').click();
  await expect(page.getByRole('heading', { name: 'My status', level: 1 })).toBeVisible();
  await expect(page.getByTestId('tier-qualifying')).toHaveText(qualifying);
  await expect(page.getByTestId('tier-kept-until')).toContainText(`Silver until ${date}.`);

  await page.goto(urls.portal);
  await expect(page.getByTestId('tier-qualifying')).toHaveText(qualifying);
  await expect(celebration).toHaveCount(0);
  await page.getByRole('link', { name: 'All the ways to earn points' }).click();
  await expect(page.getByRole('heading', { name: 'Ways to earn', level: 1 })).toBeVisible();
  const way = (name: string) =>
    page.getByTestId('way-to-earn').filter({ has: page.getByRole('heading', { name }) });
  await expect(way(`Shop rate ${id}`)).toContainText(`3 points per €1 spent, at Shop ${id}`);
  await expect(way(`Bag bonus ${id}`)).toContainText(`On item BAG-${id} · ×2 points`);
  await expect(way(gameTitle)).toContainText('Up to 40 points a play.');
  await expect(way(gameTitle).getByRole('link', { name: `Play ${gameTitle}` })).toBeVisible();
  await expect(way(`Switched off ${id}`)).toHaveCount(0);
  await expect(way(`Ended ${id}`)).toHaveCount(0);

  // A rule switched off in the admin leaves the page at once.
  await db.earnRule.update({ where: { id: shopRate.id }, data: { archivedAt: new Date() } });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ways to earn', level: 1 })).toBeVisible();
  await expect(way(`Shop rate ${id}`)).toHaveCount(0);
  await expect(way(`Bag bonus ${id}`)).toBeVisible();

  const missing = await page.goto(`${urls.portal}/no-such-page-${id}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeAttached();
  await page.getByRole('link', { name: 'Back to home' }).click();
  await expect(page.getByTestId('points-balance')).toBeVisible();
});
