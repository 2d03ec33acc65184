import { hashPassword } from '@fidele/auth/password';
import { makeCustomer, makeOffer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin, signInToPortal } from '../sign-in.ts';
import { ensureSilverAndGold } from '../tier-ladder.ts';

// A purchase at the till moves the customer's tier at once: the till's response, the portal and
// the admin's tier history all say Gold straight away, and the Gold-only offer opens: claimed in
// the portal, its code works at the till, and the admin sees the claim.
test('Silver 40 points below Gold → a till purchase → Gold everywhere, the Gold offer claimed and redeemed', async ({
  browser,
  request,
  db,
  storeKey,
  makeStaff,
}) => {
  await ensureSilverAndGold(db);
  const gold = await db.tier.findUniqueOrThrow({ where: { code: 'GOLD' } });
  const title = `Gold weekend ${Date.now()}`;
  const offer = await makeOffer(db, { tierIds: [gold.id], titleEn: title, totalCap: 100 });
  const customer = await makeCustomer(db, {
    firstName: 'Camille',
    passwordHash: await hashPassword('right-password'),
  });
  const headers = { authorization: `Bearer ${storeKey}` };
  const buy = async (amount: number) => {
    const response = await request.post(`${urls.api}/api/v1/purchases`, {
      headers,
      data: {
        externalId: `TIER-${Date.now()}-${amount}`,
        memberCode: customer.memberCode,
        amount,
        currency: 'EUR',
        occurredAt: new Date().toISOString(),
      },
    });
    expect(response.status()).toBe(201);
    return (await response.json()).purchase;
  };

  expect((await buy(500_000)).customer.tier).toEqual({ code: 'SILVER', name: 'Silver' });
  const portal = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signInToPortal(portal, customer.email, 'right-password');
  await expect(portal.getByTestId('points-balance')).toBeVisible();
  await portal.goto(`${urls.portal}/tier`);
  await expect(portal.getByTestId('tier-current')).toHaveAttribute('data-code', 'SILVER');
  await expect(portal.getByTestId('tier-progress')).toHaveAttribute('data-missing', '40');
  await portal.goto(`${urls.portal}/offers`);
  const offerCard = portal.getByTestId('offer-card').filter({ hasText: title });
  await expect(offerCard).toHaveAttribute('data-state', 'locked');
  await expect(offerCard.getByTestId('offer-locked')).toHaveAttribute('data-tier', 'GOLD');

  expect((await buy(4_000)).customer.tier).toEqual({ code: 'GOLD', name: 'Gold' });
  await portal.goto(`${urls.portal}/tier`);
  await expect(portal.getByTestId('tier-current')).toHaveAttribute('data-code', 'GOLD');
  await expect(portal.getByTestId('tier-history')).toContainText('Gold');

  await portal.goto(`${urls.portal}/offers`);
  await expect(offerCard).toHaveAttribute('data-state', 'available');
  await offerCard.getByTestId('offer-claim').click();
  const shownCode = portal.getByTestId('offer-code');
  await expect(shownCode).toBeVisible();
  const code = await db.discountCode.findFirstOrThrow({
    where: { offerId: offer.id, customerId: customer.id },
  });
  expect((await shownCode.textContent())?.replace(/[\s-]/g, '')).toContain(code.code);
  const redeemed = await request.post(`${urls.api}/api/v1/codes/redeem`, {
    headers,
    data: { code: code.code, basketAmount: 10_000, currency: 'EUR' },
  });
  expect(redeemed.status()).toBe(201);
  expect((await redeemed.json()).redemption.amountOff).toBe(2_000);

  const support = await makeStaff('SUPPORT');
  const admin = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInToAdmin(admin, support);
  await admin.goto(`${urls.admin}/customers/${customer.id}`);
  const history = admin.getByTestId('customer-tier-history');
  await expect(history).toContainText('Gold');
  await expect(history).toContainText('Silver');
  await admin.goto(`${urls.admin}/offers/${offer.id}`);
  const claims = admin.getByTestId('offer-claims');
  await expect(claims).toContainText(customer.firstName);
  await expect(claims).toContainText('Camille');
  expect((await claims.textContent())?.replace(/-/g, '')).toContain(code.code);
});
