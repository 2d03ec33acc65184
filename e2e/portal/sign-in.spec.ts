import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';
import { signInToPortal } from '../sign-in.ts';

test('a customer signs in with a link sent by email, once', async ({ page, db }) => {
  const customer = await makeCustomer(db, { firstName: 'Mila' });
  await page.goto(`${urls.portal}/sign-in`);
  await page.getByRole('tab', { name: 'Email me a link' }).click();
  await page.getByLabel('Email').fill(customer.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();

  const link = linkIn(await latestEmailTo(customer.email, /sign-in link/));
  await page.goto(link);
  await expect(page.getByTestId('points-balance')).toHaveText('0');
  await expect(page.getByText('Hello Mila')).toBeVisible();

  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByText('This sign-in link has expired or was already used.')).toBeVisible();
});

test('a customer signs in with a password; a wrong one is refused kindly', async ({ page, db }) => {
  const { hashPassword } = await import('@fidele/auth/password');
  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  await page.goto(`${urls.portal}/sign-in`);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('This email and password do not match.')).toBeVisible();
  await page.getByLabel('Password').fill('right-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('points-balance')).toBeVisible();
});

test('a customer session is no staff session', async ({ page, db }) => {
  const { hashPassword } = await import('@fidele/auth/password');
  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  await page.goto(`${urls.portal}/sign-in`);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password').fill('right-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('points-balance')).toBeVisible();
  // Same host, other port: the browser would send the portal's cookies to the admin.
  await page.goto(`${urls.admin}/customers`);
  await expect(page).toHaveURL(/\/sign-in/);
  const trpc = await page.request.get(`${urls.admin}/api/trpc/me`);
  expect(trpc.status()).toBe(401);
});

test('after 10 attempts on one account, the page asks kindly to wait', async ({ page, db }) => {
  const { hashPassword } = await import('@fidele/auth/password');
  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  for (let attempt = 0; attempt < 10; attempt++) {
    await signInToPortal(page, customer.email, `guess-${attempt}`);
    await expect(page.getByText('This email and password do not match.')).toBeVisible();
  }
  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByText('please wait 15 minutes and try again')).toBeVisible();
});

test('signing up with a member’s email says the same as for a new one', async ({ page, db }) => {
  const member = await makeCustomer(db, { firstName: 'Nora' });
  await page.goto(`${urls.portal}/sign-up`);
  await page.getByLabel('First name').fill('Someone');
  await page.getByLabel('Email', { exact: true }).fill(member.email);
  await page.getByLabel('Password').fill('a-long-password');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  const email = await latestEmailTo(member.email, /already have/);
  expect(email.text).toContain('Hello Nora,');
  expect(email.text).toContain('You already have one');
});
