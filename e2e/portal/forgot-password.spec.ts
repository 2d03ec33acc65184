import { hashPassword } from '@fidele/auth/password';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';
import { signInToPortal } from '../sign-in.ts';

test('a customer who forgot their password chooses a new one by email, once', async ({
  page,
  db,
}) => {
  const customer = await makeCustomer(db, {
    firstName: 'Zoé',
    passwordHash: await hashPassword('forgotten-password'),
  });
  await page.goto(`${urls.portal}/sign-in`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(customer.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toContainText(customer.email);

  const link = linkIn(await latestEmailTo(customer.email, /password/i));
  expect(link).toContain(`${urls.portal}/set-password?token=`);
  await page.goto(link);
  await expect(page.getByText(customer.email)).toBeVisible();
  await page.getByLabel('New password').fill('a-brand-new-password');
  await page.getByRole('button', { name: 'Save my password' }).click();
  await expect(page.getByTestId('points-balance')).toBeVisible();

  // The link worked once; the old password no longer does, the new one does.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByText('This link no longer works')).toBeVisible();
  await signInToPortal(page, customer.email, 'forgotten-password');
  await expect(page.getByText('This email and password do not match.')).toBeVisible();
  await signInToPortal(page, customer.email, 'a-brand-new-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
});

test('asking for a link for an unknown email answers the same', async ({ page }) => {
  await page.goto(`${urls.portal}/forgot-password`);
  await page.getByLabel('Email').fill('nobody-here@example.com');
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toContainText(
    'If an account uses nobody-here@example.com',
  );
});

test('a sixth link asked for one email within the hour is refused kindly, with the wait', async ({
  page,
}) => {
  const email = `often-${Date.now()}@example.com`;
  const ask = async () => {
    await page.goto(`${urls.portal}/forgot-password`);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
  };
  for (let i = 0; i < 5; i++) {
    await ask();
    await expect(page.getByRole('status')).toContainText(email);
  }
  await ask();
  // Next's route announcer is an alert too: the form's is the one with the words.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Many links were asked for this email' }),
  ).toContainText('Please wait 60 minutes and ask again.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
});
