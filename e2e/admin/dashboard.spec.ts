import { readFile } from 'node:fs/promises';
import { eraseCustomer } from '@fidele/core/privacy';
import { makeApiKey, makeCustomer, makeShop } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

// Other tests write to the same database at the same time: the figures checked to the unit are
// those of a shop of this test's own, through the dashboard's shop filter.
test('the marketer reads a shop’s figures on the dashboard, exports them as CSV, and an erased member changes none of them', async ({
  page,
  db,
  request,
  makeStaff,
}) => {
  const stamp = Date.now();
  const shop = await makeShop(db, { kind: 'STORE', name: `Dashboard shop ${stamp}` });
  const key = await makeApiKey(db, { shopId: shop.id });
  const member = await makeCustomer(db, {
    firstName: 'Lou',
    email: `lou.${stamp}@example.com`,
    signUpSource: 'SHOP',
    homeShopId: shop.id,
  });
  let points = 0;
  for (const [externalId, amount, memberCode] of [
    [`D-${stamp}-1`, 6_000, member.memberCode],
    [`D-${stamp}-2`, 4_000, undefined],
  ] as const) {
    const purchase = await request.post(`${urls.api}/api/v1/purchases`, {
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': externalId },
      data: {
        externalId,
        memberCode,
        amount,
        currency: 'EUR',
        occurredAt: new Date().toISOString(),
      },
    });
    expect(purchase.status()).toBe(201);
    const { purchase: recorded } = await purchase.json();
    points += recorded.pointsEarned + (recorded.bonusPoints ?? 0);
  }

  const marketer = await makeStaff('MARKETING');
  await signInToAdmin(page, marketer);
  await page.setViewportSize({ width: 1024, height: 800 });
  // The admin opens on the dashboard, over the last 30 days.
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText(/Days run from midnight to midnight .*Europe\/Paris/)).toBeVisible();
  await expect(page.getByTestId('sales-per-shop')).toContainText(`Dashboard shop ${stamp}`);

  // A headline's first value is this period's; the next lines are the period before.
  const figure = (name: string) => page.locator(`[data-figure="${name}"] dd`).first();
  const showShop = async () => {
    await page
      .getByLabel('Shop', { exact: true })
      .selectOption({ label: `Dashboard shop ${stamp}` });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(new RegExp(`shop=${shop.id}`));
  };
  const expectShopFigures = async () => {
    await expect(figure('purchases')).toHaveText('2');
    await expect(figure('averageBasket')).toHaveText('€50.00');
    await expect(figure('membersShare')).toHaveText('60%');
    await expect(figure('members')).toHaveText('1');
    await expect(page.getByTestId('between-channels')).toContainText('Members who bought: 1');
    const row = page
      .getByTestId('sales-per-shop')
      .getByRole('row', { name: new RegExp(`Dashboard shop ${stamp}`) });
    await expect(row).toContainText('€100.00');
    await expect(
      page.getByTestId('sales-per-channel').getByRole('row', { name: /Shops/ }),
    ).toContainText('€100.00');
    if (points > 0)
      await expect(
        page.getByTestId('points-per-channel').getByRole('row', { name: /Shops/ }),
      ).toContainText(new Intl.NumberFormat('en').format(points));
  };
  await showShop();
  // A shop's figures are programme-wide points only when the whole programme is shown.
  await expect(page.locator('[data-figure="pointsHeld"]')).toBeHidden();
  await expectShopFigures();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('sales-per-shop').getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'Shop,Purchases,Sales (EUR),Average basket (EUR),Members’ share (%),Points issued,Codes redeemed',
  );
  expect(csv).toContain(`Dashboard shop ${stamp},2,100.00,50.00,60.0,${points},0`);

  // Yesterday alone: nothing was bought in this shop then.
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() - 86_400_000),
  );
  await page.getByLabel('First day').fill(yesterday);
  await page.getByLabel('Last day').fill(yesterday);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByTestId('sales-per-shop')).toContainText('Nothing in this period.');
  await expect(figure('purchases')).toHaveText('0');

  // A range the wrong way round is refused at the field, before any request.
  await page
    .getByLabel('Last day')
    .fill(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
        new Date(Date.now() - 2 * 86_400_000),
      ),
    );
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText('Enter a last day, not before the first.')).toBeVisible();

  // Her data erased at her request: every figure stays.
  await db.$transaction((tx) =>
    eraseCustomer(tx, { customerId: member.id, actor: { type: 'SYSTEM' } }),
  );
  await page.goto(`${urls.admin}/dashboard?shop=${shop.id}`);
  await expectShopFigures();
});
