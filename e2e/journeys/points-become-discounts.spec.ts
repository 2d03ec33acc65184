import { hashPassword } from '@fidele/auth/password';
import { givePoints, makeCustomer, makeReward } from '@fidele/core/testing';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';

const signIn = async (page: Page, email: string) => {
  await signInToPortal(page, email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
};

/** Claims `rewardName` in the portal and returns the new code as the customer sees it. */
const claimInPortal = async (page: Page, rewardName: string, scannable: boolean) => {
  await page.goto(`${urls.portal}/rewards`);
  const reward = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: rewardName }) });
  await reward.getByRole('button', { name: 'Claim' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  // The claim is done when the dialog shows the new code and balance; only then leave the page.
  await expect(page.getByText(/New balance/)).toBeVisible();
  await page.goto(`${urls.portal}/codes`);
  const code = page.getByTestId('code').filter({ hasText: rewardName });
  // Codes that work in shops carry a QR code and a barcode for the till; online-only ones are typed.
  if (scannable) await expect(code.getByRole('img').first()).toBeVisible();
  return (await code.getByTestId('code-text').textContent())!.trim();
};

for (const channel of [
  { name: 'a till', kind: 'STORE' as const, rewardChannels: 'STORE' as const },
  { name: 'the e-shop', kind: 'ESHOP' as const, rewardChannels: 'ONLINE' as const },
]) {
  test(`a code claimed in the portal is redeemed once by ${channel.name}`, async ({
    page,
    request,
    db,
    storeKey,
    eshopKey,
  }) => {
    const key = channel.kind === 'STORE' ? storeKey : eshopKey;
    const otherKey = channel.kind === 'STORE' ? eshopKey : storeKey;
    const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
    await givePoints(db, customer.id, 500);
    const rewardName = `${channel.rewardChannels} treat ${Date.now()}`;
    await makeReward(db, { nameEn: rewardName, pointsCost: 200, channels: channel.rewardChannels });

    await signIn(page, customer.email);
    const code = await claimInPortal(page, rewardName, channel.kind === 'STORE');
    await page.goto(urls.portal);
    await expect(page.getByTestId('points-balance')).toHaveText('300');

    const redeem = (withKey: string) =>
      request.post(`${urls.api}/api/v1/codes/redeem`, {
        headers: { authorization: `Bearer ${withKey}` },
        data: { code, basketAmount: 6_000, currency: 'EUR' },
      });
    const wrongChannel = await redeem(otherKey);
    expect(wrongChannel.status()).toBe(422);
    expect((await wrongChannel.json()).error.code).toBe('code_not_valid_on_channel');
    const first = await redeem(key);
    expect(first.status()).toBe(201);
    expect((await first.json()).redemption.amountOff).toBe(1_000);
    const second = await redeem(key);
    expect(second.status()).toBe(409);
    expect((await second.json()).error.code).toBe('code_already_redeemed');

    await page.goto(`${urls.portal}/codes`);
    await expect(page.getByTestId('code').filter({ hasText: rewardName })).toHaveCount(0);
    await page.getByRole('tab', { name: /Used/ }).click();
    await expect(page.getByText(rewardName)).toBeVisible();
  });
}

test('the rotating member card identifies the customer at the till', async ({
  page,
  request,
  db,
  storeKey,
}) => {
  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  await signIn(page, customer.email);
  await page.goto(`${urls.portal}/card`);
  const token = (await page.getByTestId('card-token').textContent())!.trim();
  const lookup = await request.get(
    `${urls.api}/api/v1/customers/lookup?cardToken=${encodeURIComponent(token)}`,
    {
      headers: { authorization: `Bearer ${storeKey}` },
    },
  );
  expect(lookup.status()).toBe(200);
  expect((await lookup.json()).customer.id).toBe(customer.id);
});
