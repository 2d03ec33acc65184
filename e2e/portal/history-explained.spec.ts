import { randomUUID } from 'node:crypto';
import { hashPassword } from '@fidele/auth/password';
import { adjustPoints } from '@fidele/core/ledger';
import { recordPurchase } from '@fidele/core/purchases';
import { refundPurchase } from '@fidele/core/refunds';
import { makeCustomer, makeShop, makeStaffUser } from '@fidele/core/testing';
import { timeZone } from '@fidele/i18n';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';

const DAY = 86_400_000;
const format = (date: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en', { ...options, timeZone }).format(date);

test('Camille reads a refund and an adjustment in her history, and opens the purchase behind them', async ({
  page,
  db,
}) => {
  const run = randomUUID().slice(0, 8);
  const shop = await makeShop(db, { kind: 'STORE', name: `Paris Marais ${run}` });
  const camille = await makeCustomer(db, {
    firstName: 'Camille',
    passwordHash: await hashPassword('right-password'),
  });
  const support = await makeStaffUser(db, { role: 'SUPPORT' });
  // Bought four days ago, sent by the till only now; one scarf brought back since.
  const purchasedAt = new Date(Date.now() - 4 * DAY);
  const { body } = await recordPurchase(db, {
    shopId: shop.id,
    channel: 'STORE',
    externalId: `HX-${run}`,
    customer: camille,
    amount: 24_900,
    currency: 'EUR',
    occurredAt: purchasedAt,
    lines: [
      { sku: 'COAT-NAVY', category: 'coats', quantity: 1, unitAmount: 18_500 },
      { sku: 'SCARF-WOOL', category: 'accessories', quantity: 2, unitAmount: 3_200 },
    ],
  });
  const refund = await refundPurchase(db, {
    shopId: shop.id,
    purchaseExternalId: `HX-${run}`,
    refund: { externalId: `HXR-${run}`, amount: 3_200 },
    channel: 'STORE',
  });
  expect(refund.status).toBe(201);
  // What the refund took back, whatever rules the shared programme has on now.
  const { pointsClawedBack } = await db.refund.findFirstOrThrow({
    where: { externalId: `HXR-${run}` },
  });
  expect(pointsClawedBack).toBeGreaterThan(1);
  await db.$transaction((tx) =>
    adjustPoints(tx, {
      customerId: camille.id,
      points: 25,
      customerReason: `Sorry for the wait at the till ${run}`,
      reason: 'Queue of twenty minutes, manager agreed',
      staffUserId: support.id,
    }),
  );
  // Another member's purchase, which her address bar must not open.
  const other = await makeCustomer(db, { firstName: 'Hugo' });
  const { body: hugos } = await recordPurchase(db, {
    shopId: shop.id,
    channel: 'STORE',
    externalId: `HX-other-${run}`,
    customer: other,
    amount: 5_000,
    currency: 'EUR',
    occurredAt: new Date(),
  });

  await signInToPortal(page, camille.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
  await page.goto(`${urls.portal}/history`);
  const movements = page.getByTestId('movement');

  const adjustment = movements.filter({ hasText: `Sorry for the wait at the till ${run}` });
  await expect(adjustment).toContainText(`Adjustment: Sorry for the wait at the till ${run}`);
  await expect(adjustment).toContainText('+25');
  await expect(adjustment).not.toContainText('Queue of twenty minutes');
  await expect(adjustment).toContainText(format(new Date(), { dateStyle: 'medium' }));

  const refunded = movements.filter({ hasText: 'Refund of your purchase' });
  await expect(refunded).toContainText(
    `Refund of your purchase of ${format(purchasedAt, { day: 'numeric', month: 'short' })} at ${shop.name}`,
  );
  await expect(refunded).toContainText(`-${pointsClawedBack}`);

  // The purchase is dated when she made it, not when the till sent it.
  const purchase = movements.filter({ hasText: `Purchase at ${shop.name}` });
  await expect(purchase).toContainText(format(purchasedAt, { dateStyle: 'medium' }));
  await purchase.getByRole('link', { name: `Purchase at ${shop.name}` }).click();

  await expect(page).toHaveURL(`${urls.portal}/history/purchases/${body.purchase.id}`);
  const detail = page.getByTestId('purchase-detail');
  await expect(detail.getByRole('heading', { name: `Purchase at ${shop.name}` })).toBeVisible();
  await expect(detail).toContainText('€249.00');
  await expect(detail.getByTestId('purchase-lines')).toContainText('1 × COAT-NAVY');
  await expect(detail.getByTestId('purchase-lines')).toContainText('2 × SCARF-WOOL');
  await expect(detail).toContainText(`${body.purchase.pointsEarned} points earned`);
  await expect(detail.getByTestId('earn-detail')).toContainText('Base rate');
  await expect(detail.getByTestId('purchase-refunds')).toContainText(
    `Refunded on ${format(new Date(), { dateStyle: 'medium' })}: €32.00`,
  );
  await expect(detail.getByTestId('purchase-refunds')).toContainText(
    `${pointsClawedBack} points taken back`,
  );

  // Someone else's purchase is no page of hers.
  const response = await page.goto(`${urls.portal}/history/purchases/${hugos.purchase.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('€50.00')).toHaveCount(0);
});
