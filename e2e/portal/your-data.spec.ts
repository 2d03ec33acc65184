import { readFile } from 'node:fs/promises';
import { hashPassword } from '@fidele/auth/password';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';

test('a customer downloads all her data from her profile, and only hers', async ({
  page,
  request,
  db,
}) => {
  const customer = await makeCustomer(db, {
    firstName: 'Chloé',
    passwordHash: await hashPassword('right-password'),
    consents: { email: true },
  });
  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
  await page.goto(`${urls.portal}/profile`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^fidele-data-${customer.memberCode}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
  );
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(data).toMatchObject({
    format: 'fidele-customer-data',
    customer: { email: customer.email, firstName: 'Chloé' },
    consents: [expect.objectContaining({ channel: 'EMAIL', given: true })],
  });

  // Signed out, the address gives nothing.
  const anonymous = await request.get(`${urls.portal}/profile/data`, { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);
  expect(await anonymous.text()).not.toContain(customer.email);
});

test('a customer deletes her account: she is signed out, her card no longer works, her purchases still count', async ({
  page,
  request,
  db,
  storeKey,
}) => {
  const customer = await makeCustomer(db, {
    firstName: 'Inès',
    passwordHash: await hashPassword('right-password'),
  });
  const bought = await request.post(`${urls.api}/api/v1/purchases`, {
    headers: { authorization: `Bearer ${storeKey}` },
    data: {
      externalId: `ERASE-${Date.now()}`,
      memberCode: customer.memberCode,
      amount: 3_000,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
    },
  });
  expect(bought.status()).toBe(201);
  const totals = () =>
    db.purchase.aggregate({ where: { customerId: customer.id }, _sum: { amount: true } });
  const before = await totals();

  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
  await page.goto(`${urls.portal}/profile`);
  await page.getByRole('link', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { name: 'Delete my account' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect(page.getByText('Tick the box to confirm.')).toBeVisible();
  await page.getByLabel(/I understand/).check();
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect(page.getByRole('heading', { name: 'Your account is deleted' })).toBeVisible();

  // Signed out for good: the portal asks her to sign in, and her password opens nothing.
  await page.goto(`${urls.portal}/history`);
  await expect(page).toHaveURL(/\/sign-in/);
  const lookup = await request.get(
    `${urls.api}/api/v1/customers/lookup?memberCode=${customer.memberCode}`,
    { headers: { authorization: `Bearer ${storeKey}` } },
  );
  expect(lookup.status()).toBe(404);
  expect(await totals()).toEqual(before);
  expect(
    await db.customer.findUniqueOrThrow({
      where: { id: customer.id },
      select: { email: true, firstName: true },
    }),
  ).toEqual({ email: `erased+${customer.id}@erased.invalid`, firstName: 'Erased' });
});
