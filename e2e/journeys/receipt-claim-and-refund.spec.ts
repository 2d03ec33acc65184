import { hashPassword } from '@fidele/auth/password';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin, signInToPortal } from '../sign-in.ts';

// A purchase made without a card still earns: the receipt's code claims it in the portal; a
// partial refund at the till takes back exactly the points that part earned; the admin's
// simulator explains the numbers.
test('anonymous purchase → receipt claim in the portal → partial refund → simulator', async ({
  browser,
  request,
  db,
  storeKey,
  makeStaff,
}) => {
  const headers = { authorization: `Bearer ${storeKey}` };
  const externalId = `R-${Date.now()}`;
  const purchase = await request.post(`${urls.api}/api/v1/purchases`, {
    headers,
    data: { externalId, amount: 8_990, currency: 'EUR', occurredAt: new Date().toISOString() },
  });
  expect(purchase.status()).toBe(201);
  const { claimCode, pointsEarned } = (await purchase.json()).purchase;
  expect(pointsEarned).toBe(0);
  expect(claimCode).toMatch(/^[2-9A-Z]{10}$/);

  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  const portal = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signInToPortal(portal, customer.email, 'right-password');
  await expect(portal.getByTestId('points-balance')).toHaveText('0');

  await portal.getByRole('link', { name: 'Claim a receipt' }).first().click();
  await portal.getByLabel('Receipt code').fill(claimCode.toLowerCase());
  await portal.getByRole('button', { name: 'Claim my points' }).click();
  await expect(portal.getByTestId('receipt-points-earned')).toContainText('89');

  // A third of the purchase comes back: a third of its points (rounded down) go with it.
  const refund = await request.post(`${urls.api}/api/v1/purchases/${externalId}/refunds`, {
    headers,
    data: { externalId: `${externalId}-refund-1`, amount: 2_997 },
  });
  expect(refund.status()).toBe(201);
  const refunded = (await refund.json()).refund;
  expect(refunded.pointsClawedBack).toBe(29);
  expect(refunded.customer.pointsBalance).toBe(60);
  const tooMuch = await request.post(`${urls.api}/api/v1/purchases/${externalId}/refunds`, {
    headers,
    data: { externalId: `${externalId}-refund-2`, amount: 6_000 },
  });
  expect(tooMuch.status()).toBe(422);
  expect((await tooMuch.json()).error.code).toBe('refund_exceeds_purchase');

  await portal.goto(urls.portal);
  await expect(portal.getByTestId('points-balance')).toHaveText('60');
  // The refund took its points from the claimed purchase's lot: what is left expires in a year.
  await expect(portal.getByTestId('points-expiry')).toHaveAttribute('data-value', '60');
  await expect(portal.getByTestId('points-expiry')).toContainText('60 points expire on');

  const marketing = await makeStaff('MARKETING');
  const admin = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInToAdmin(admin, marketing);
  await admin.goto(`${urls.admin}/earning/simulator`);
  await admin.getByLabel('Amount').fill('89.90');
  await admin.getByRole('button', { name: 'Simulate' }).click();
  await expect(admin.getByTestId('simulated-points')).toContainText('89');
  await expect(admin.getByTestId('simulated-line').first()).toContainText(
    '1 point per unit spent in shops',
  );
});
