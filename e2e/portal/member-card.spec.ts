import { hashPassword } from '@fidele/auth/password';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';

test('her card opens full screen for the cashier: the code large, no navigation, one way back', async ({
  page,
  db,
}) => {
  const customer = await makeCustomer(db, {
    firstName: 'Maëlle',
    passwordHash: await hashPassword('right-password'),
  });
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();

  await page.goto(`${urls.portal}/card`);
  await expect(page.getByTestId('member-code')).toHaveText(customer.memberCode);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('link', { name: 'Show full screen' }).click();

  await expect(page).toHaveURL(`${urls.portal}/card/full`);
  const card = page.getByTestId('cashier-card');
  await expect(card.getByTestId('member-code')).toHaveText(customer.memberCode);
  await expect(card.getByRole('img', { name: 'QR code of your member card' })).toBeVisible();
  await expect(card.getByRole('heading', { name: /Maëlle/ })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByTestId('notification-bell')).toHaveCount(0);

  await card.getByRole('link', { name: 'Close' }).click();
  await expect(page).toHaveURL(`${urls.portal}/card`);
  // Headless Chromium may refuse the screen wake lock: the card must not mind.
  expect(errors).toEqual([]);
});
