import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

test('the owner adds a shop, issues a key shown once that works at once, and revokes it', async ({
  page,
  request,
  makeStaff,
}) => {
  const owner = await makeStaff('OWNER');
  const shopName = `Bordeaux ${Date.now()}`;
  await signInToAdmin(page, owner);

  await page.goto(`${urls.admin}/shops`);
  await page.getByRole('button', { name: 'Add a shop' }).click();
  await page.getByRole('dialog').getByLabel('Name', { exact: true }).fill(shopName);
  await page.getByRole('button', { name: 'Add the shop' }).click();
  await page.getByRole('button', { name: new RegExp(shopName) }).click();
  await page.getByLabel('New key name').fill('Till 1');
  await page.getByRole('button', { name: 'Create API key' }).click();
  const key = (await page.getByTestId('new-api-key').textContent())!.trim();
  expect(key).toMatch(/^fdl_live_[a-z0-9]{26}$/);
  await page.getByRole('button', { name: 'I have copied the key' }).click();
  await expect(page.getByText(key)).toHaveCount(0);

  const lookup = () =>
    request.get(`${urls.api}/api/v1/customers/lookup?email=nobody@example.com`, {
      headers: { authorization: `Bearer ${key}` },
    });
  expect((await lookup()).status()).toBe(404);

  await page.getByRole('button', { name: 'Revoke Till 1' }).click();
  await page.getByRole('button', { name: 'Revoke the key' }).click();
  await expect(page.getByText('Revoked')).toBeVisible();
  const refused = await lookup();
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('unauthorized');
});

test('marketing staff see no points adjustment and no keys', async ({ page, makeStaff, db }) => {
  const marketing = await makeStaff('MARKETING');
  const customer = await makeCustomer(db);
  await signInToAdmin(page, marketing);
  await expect(page.getByRole('link', { name: 'Shops & API keys' })).toHaveCount(0);
  await page.goto(`${urls.admin}/customers/${customer.id}`);
  await expect(page.getByTestId('customer-balance')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Adjust points' })).toHaveCount(0);
});
