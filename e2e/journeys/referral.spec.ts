import { hashPassword } from '@fidele/auth/password';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';
import { signInToPortal } from '../sign-in.ts';

// Camille shares her referral link; a friend signs up through it and buys in a shop; the worker's
// referral-rewards job pays both, once, within its minute.
test('Camille’s link → a friend signs up → buys in a shop → both get their points once', async ({
  browser,
  request,
  storeKey,
  db,
}) => {
  test.setTimeout(240_000);
  // The programme's referral rule (the admin's spec makes one through the form).
  if (!(await db.earnRule.findFirst({ where: { kind: 'REFERRAL_BONUS', archivedAt: null } })))
    await db.earnRule.create({
      data: {
        kind: 'REFERRAL_BONUS',
        name: 'Refer a friend',
        points: 200,
        friendPoints: 100,
        minAmount: 2_000,
      },
    });
  const camille = await makeCustomer(db, {
    firstName: 'Camille',
    lastName: 'Martin',
    passwordHash: await hashPassword('right-password'),
  });
  const portal = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signInToPortal(portal, camille.email, 'right-password');
  await expect(portal.getByTestId('points-balance')).toBeVisible();
  await portal.goto(`${urls.portal}/referrals`);
  await expect(portal.getByTestId('referral-offer')).toContainText(
    /Your friend gets 100 points on their first purchase of .*20.* or more, in shops or online; you get 200/,
  );
  const link = (await portal.getByTestId('referral-link').textContent())!.trim();
  expect(link).toMatch(new RegExp(`^${urls.portal}/sign-up\\?r=[0-9A-Z]{8}$`));
  await expect(
    portal.getByTestId('referral-share-links').getByRole('link', { name: 'WhatsApp' }),
  ).toHaveAttribute('href', new RegExp(`^https://wa\\.me/\\?text=.*${encodeURIComponent(link)}`));

  // The friend opens the link in her own browser and joins.
  const email = `friend-${Date.now()}@example.com`;
  const friendContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const friend = await friendContext.newPage();
  await friend.goto(link);
  await expect(friend.getByTestId('sign-up-invited')).toContainText('Invited by a friend');
  await friend.getByLabel('First name').fill('Léa');
  await friend.getByLabel('Last name').fill('Roux');
  await friend.getByLabel('Email', { exact: true }).fill(email);
  await friend.getByLabel('Password').fill('a-long-password');
  await friend.getByRole('button', { name: 'Create my account' }).click();
  await expect(friend.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await friend.goto(linkIn(await latestEmailTo(email, /sign-in link/)));
  await expect(friend.getByTestId('points-balance')).toBeVisible();

  await portal.reload();
  const friendRow = portal.getByTestId('referral-friend').filter({ hasText: 'Léa R.' });
  await expect(friendRow).toContainText('Waiting for their first purchase');

  // She buys in a shop: the till finds her by email and records the purchase.
  const lookup = await request.get(
    `${urls.api}/api/v1/customers/lookup?email=${encodeURIComponent(email)}`,
    { headers: { authorization: `Bearer ${storeKey}` } },
  );
  const { memberCode } = (await lookup.json()).customer;
  const purchase = await request.post(`${urls.api}/api/v1/purchases`, {
    headers: { authorization: `Bearer ${storeKey}`, 'idempotency-key': `REF-${Date.now()}` },
    data: {
      externalId: `REF-${Date.now()}`,
      memberCode,
      amount: 4_500,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
    },
  });
  expect(purchase.status()).toBe(201);

  // The job pays within a minute of the purchase (the programme has no pending period here).
  await expect(async () => {
    await portal.reload();
    await expect(friendRow).toContainText('You earned 200 points', { timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await expect(portal.getByTestId('referral-earned')).toContainText('You earned 200 points');

  await friend.goto(`${urls.portal}/history`);
  const welcome = friend.getByTestId('movement').filter({ hasText: 'Welcome from Camille M.' });
  await expect(welcome).toContainText('+100');
  await friend.goto(`${urls.portal}/notifications`);
  await expect(
    friend.getByText("Thanks to Camille's referral, you earned 100 points"),
  ).toBeVisible();

  // Once: one movement each, whatever runs the job made since.
  const referral = await db.referral.findFirstOrThrow({
    where: { referrerId: camille.id },
    select: { id: true, status: true },
  });
  expect(referral.status).toBe('REWARDED');
  expect(await db.movement.count({ where: { sourceId: referral.id, type: 'EARN' } })).toBe(2);
  await friendContext.close();
});
