import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';
import { signInToAdmin } from '../sign-in.ts';

// The promise of the walking skeleton: a purchase at a till shows on the customer's screen, and
// staff can correct the balance with an audited reason.
test('sign up → till purchase → points in the portal → staff adjustment → audit entry', async ({
  browser,
  request,
  storeKey,
  makeStaff,
  db,
}) => {
  const email = `journey-${Date.now()}@example.com`;
  const portal = await browser.newPage({ viewport: { width: 390, height: 844 } });

  await portal.goto(`${urls.portal}/sign-up`);
  await portal.getByLabel('First name').fill('Inès');
  await portal.getByLabel('Email', { exact: true }).fill(email);
  await portal.getByLabel('Password').fill('a-long-password');
  await portal.getByLabel('Send me offers and private-sale invitations by email').check();
  await portal.getByRole('button', { name: 'Create my account' }).click();
  // The page says the same for a taken email: the account opens from the link in the welcome.
  await expect(portal.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await portal.goto(linkIn(await latestEmailTo(email, /sign-in link/)));
  await expect(portal.getByTestId('points-balance')).toHaveText('0');
  const memberCode = (await portal.getByTestId('member-code').first().textContent())!.trim();
  expect(memberCode).toMatch(/^\d{12}$/);
  // The opt-in she ticked is recorded as given at sign-up, with the words she read.
  await portal.goto(`${urls.portal}/profile`);
  await portal.getByText('History of your choices').click();
  await expect(
    portal.getByTestId('consent-change').and(portal.locator('[data-source="SIGN_UP"]')),
  ).toHaveAttribute('data-given', 'true');
  await expect(portal.getByTestId('consent-email').getByRole('checkbox')).toBeChecked();
  await portal.goto(urls.portal);

  const purchase = await request.post(`${urls.api}/api/v1/purchases`, {
    headers: { authorization: `Bearer ${storeKey}`, 'idempotency-key': `journey-${memberCode}` },
    data: {
      externalId: `J-${memberCode}`,
      memberCode,
      amount: 12_345,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
    },
  });
  expect(purchase.status()).toBe(201);
  expect((await purchase.json()).purchase.pointsEarned).toBe(123);

  await portal.reload();
  await expect(portal.getByTestId('points-balance')).toHaveText('123');
  await portal.goto(`${urls.portal}/history`);
  await expect(portal.getByTestId('movement').first()).toContainText('+123');

  const support = await makeStaff('SUPPORT');
  const customer = await db.customer.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const admin = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInToAdmin(admin, support);

  await admin.goto(`${urls.admin}/customers/${customer.id}`);
  await expect(admin.getByTestId('customer-balance')).toHaveAttribute('data-value', '123');
  await admin.getByLabel('Points').fill('-23');
  await admin.getByLabel('Reason shown to the customer').fill('Points counted twice');
  await admin.getByLabel('Internal note').fill('Duplicate scan at the till');
  await admin.getByRole('button', { name: 'Adjust points' }).click();
  await admin.getByRole('button', { name: 'Confirm adjustment' }).click();
  await expect(admin.getByTestId('customer-balance')).toHaveAttribute('data-value', '100');
  await expect(
    admin.getByRole('row').filter({ hasText: 'Duplicate scan at the till' }).first(),
  ).toBeVisible();

  await admin.goto(`${urls.admin}/audit`);
  await expect(
    admin.getByRole('row').filter({ hasText: 'Duplicate scan at the till' }).first(),
  ).toBeVisible();

  await portal.goto(urls.portal);
  await expect(portal.getByTestId('points-balance')).toHaveText('100');
});
