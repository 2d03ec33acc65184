import { makeShop } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';
import { signInToAdmin } from '../sign-in.ts';

test('the owner invites a store manager, who chooses a password from the email and signs in', async ({
  page,
  browser,
  db,
  makeStaff,
}) => {
  const owner = await makeStaff('OWNER');
  const shop = await makeShop(db, { kind: 'STORE', name: `Nantes ${Date.now()}` });
  const email = `invitee-${Date.now()}@example.com`;
  await signInToAdmin(page, owner);
  await page.goto(`${urls.admin}/staff`);
  await page.getByRole('button', { name: 'Invite a member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Name').fill('Inès Invitée');
  await dialog.getByLabel('Role').selectOption('STORE_MANAGER');
  await dialog.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(dialog.getByText('Choose at least one shop.')).toBeVisible();
  await dialog.getByLabel(shop.name).check();
  await dialog.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await expect(page.getByText('Invited', { exact: true })).toBeVisible();

  const invitation = await latestEmailTo(email);
  expect(invitation.subject).toBe('You are invited to the Fidèle back office');
  const invitee = await browser.newPage();
  await invitee.goto(linkIn(invitation));
  await expect(invitee.getByRole('heading', { name: 'Welcome to Fidèle' })).toBeVisible();
  await invitee.getByLabel('New password').fill('my-own-password');
  await invitee.getByRole('button', { name: 'Choose my password and sign in' }).click();
  await invitee.waitForURL(/\/dashboard/);
  await expect(invitee.getByText('Store manager', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await expect(page.getByText('Accepted the invitation')).toBeVisible();
  await invitee.close();
});

test('a disabled member is sent to sign-in on their next page', async ({
  page,
  browser,
  makeStaff,
}) => {
  const owner = await makeStaff('OWNER');
  const member = await makeStaff('SUPPORT');
  const memberPage = await browser.newPage();
  await signInToAdmin(memberPage, member);
  await memberPage.goto(`${urls.admin}/customers`);
  await expect(memberPage).toHaveURL(/\/customers/);

  await signInToAdmin(page, owner);
  await page.goto(`${urls.admin}/staff/${member.id}`);
  await page.getByRole('button', { name: 'Disable' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Cannot sign in; their sessions have ended.')).toBeVisible();

  await memberPage.goto(`${urls.admin}/redemptions`);
  await expect(memberPage).toHaveURL(/\/sign-in/);
  const trpc = await memberPage.request.get(`${urls.admin}/api/trpc/me`);
  expect(trpc.status()).toBe(401);
  await memberPage.close();
});
