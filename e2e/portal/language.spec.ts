import { hashPassword } from '@fidele/auth/password';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';

test('a visitor reads the terms in French; a member’s choice of French is kept on her account', async ({
  page,
  db,
}) => {
  await page.goto(`${urls.portal}/terms`);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Conditions du programme' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Programme terms' })).toBeVisible();

  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('link', { name: 'Accueil' }).first()).toBeVisible();
  await expect
    .poll(async () => (await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).locale)
    .toBe('fr');
});
