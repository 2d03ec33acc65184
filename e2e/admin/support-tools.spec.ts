import { claimReward } from '@fidele/core/rewards';
import { givePoints, makeCustomer, makeReward } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';
import { signInToAdmin, signInToPortal } from '../sign-in.ts';

// Support's tools on a customer's page.

// Support blocks an account whose card was shared: she is signed out and refused at sign-in,
// the till still finds her but is told, and her code is refused; unblocked, all works again.
test('support blocks an account: refused at sign-in and at the till, until unblocked', async ({
  browser,
  page,
  db,
  request,
  storeKey,
  makeStaff,
}) => {
  const { hashPassword } = await import('@fidele/auth/password');
  const stamp = Date.now();
  const customer = await makeCustomer(db, {
    firstName: 'Nina',
    lastName: `Blocked ${stamp}`,
    passwordHash: await hashPassword('right-password'),
  });
  await givePoints(db, customer.id, 500);
  const reward = await makeReward(db, { nameEn: `Block test ${stamp}`, pointsCost: 200 });
  const { body: code } = await claimReward(db, {
    customerId: customer.id,
    rewardId: reward.id,
    channel: 'APP',
    actor: { type: 'CUSTOMER' },
  });

  // She is signed in on her phone.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signInToPortal(phone, customer.email, 'right-password');
  await expect(phone.getByTestId('points-balance')).toBeVisible();

  await signInToAdmin(page, await makeStaff('SUPPORT'));
  await page.goto(`${urls.admin}/customers/${customer.id}`);
  await page.getByRole('button', { name: 'Block the account' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Block the account' }).click();
  await expect(dialog.getByText('Say why, in 3 to 500 characters.')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Card shared on a forum');
  await dialog.getByRole('button', { name: 'Block the account' }).click();
  const notice = page.getByTestId('customer-blocked');
  await expect(notice).toContainText('This account is blocked');
  await expect(notice).toContainText('Card shared on a forum');

  // Signed out everywhere, and her right password no longer opens the account.
  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in/);
  await signInToPortal(phone, customer.email, 'right-password');
  await expect(phone.getByText('Your account is blocked.')).toBeVisible();

  // The till finds her and is told; her code is refused in the contract's shape.
  const auth = { authorization: `Bearer ${storeKey}` };
  const lookup = await request.get(
    `${urls.api}/api/v1/customers/lookup?memberCode=${customer.memberCode}`,
    { headers: auth },
  );
  expect(lookup.status()).toBe(200);
  expect((await lookup.json()).customer).toMatchObject({ blocked: true, pointsBalance: 300 });
  const redeem = (key: string) =>
    request.post(`${urls.api}/api/v1/codes/redeem`, {
      headers: { ...auth, 'idempotency-key': key },
      data: { code: code.code, basketAmount: 6_000, currency: 'EUR' },
    });
  const refused = await redeem(`block-${stamp}-1`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatchObject({ code: 'customer_blocked' });

  await notice.getByRole('button', { name: 'Unblock the account' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Block the account' })).toBeVisible();
  expect((await redeem(`block-${stamp}-2`)).status()).toBe(201);
  await signInToPortal(phone, customer.email, 'right-password');
  await expect(phone.getByTestId('points-balance')).toBeVisible();
});

// "I never got the email": support sends her a link; she chooses a password and is in.
test('support sends a customer who cannot get in a sign-in link', async ({
  browser,
  page,
  db,
  makeStaff,
}) => {
  const customer = await makeCustomer(db, { firstName: 'Oriane', lastName: `Link ${Date.now()}` });
  await signInToAdmin(page, await makeStaff('SUPPORT'));
  await page.goto(`${urls.admin}/customers/${customer.id}`);
  await page.getByRole('button', { name: 'Send a sign-in link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to' })).toContainText(
    customer.email,
  );

  const link = linkIn(await latestEmailTo(customer.email, /password/i));
  expect(link).toContain(`${urls.portal}/set-password?token=`);
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(link);
  await phone.getByLabel('New password').fill('her-own-new-password');
  await phone.getByRole('button', { name: 'Save my password' }).click();
  await expect(phone.getByTestId('points-balance')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Sent a sign-in link', { exact: true })).toBeVisible();
});

// She changed her email: support types the new one, she confirms it from that inbox, and it is
// the address the till and the sign-in know her by.
test('support corrects a customer’s contact details; a new email counts once she confirms it', async ({
  browser,
  page,
  db,
  request,
  storeKey,
  makeStaff,
}) => {
  const stamp = Date.now();
  const customer = await makeCustomer(db, { firstName: 'Lou', lastName: `Contact ${stamp}` });
  const newEmail = `lou.new-${stamp}@example.com`;
  await signInToAdmin(page, await makeStaff('SUPPORT'));
  await page.goto(`${urls.admin}/customers/${customer.id}`);
  await page.getByRole('button', { name: 'Correct', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct her contact details' });
  await dialog.getByLabel('Phone').fill('06 12');
  await dialog.getByLabel('Email').fill(newEmail);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter an international number like +33612345678.')).toBeVisible();
  await dialog.getByLabel('Phone').fill(`+336${String(stamp).slice(-8)}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('pending-email')).toContainText(newEmail);
  expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email).toBe(
    customer.email,
  );

  const link = linkIn(await latestEmailTo(newEmail, /Confirm your new/));
  expect(link).toContain(`${urls.portal}/confirm-email?token=`);
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(link);
  await phone.getByRole('button', { name: 'Confirm this address' }).click();
  await expect(phone.getByText('Your email address is changed')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('pending-email')).toHaveCount(0);
  await expect(page.getByRole('definition').filter({ hasText: newEmail })).toBeVisible();
  const lookup = await request.get(
    `${urls.api}/api/v1/customers/lookup?email=${encodeURIComponent(newEmail)}`,
    { headers: { authorization: `Bearer ${storeKey}` } },
  );
  expect((await lookup.json()).customer.id).toBe(customer.id);
});
