import { givePoints, makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin, signInToPortal } from '../sign-in.ts';

// Camille enrolled at a till with one email and signed up online with another: support merges the
// till account into the online one, and the till finds her by the old member code.
test('support merges her till account into her online one; the till finds her by either member code', async ({
  page,
  browser,
  db,
  request,
  storeKey,
  makeStaff,
}) => {
  const { hashPassword } = await import('@fidele/auth/password');
  const stamp = Date.now();
  const online = await makeCustomer(db, {
    firstName: 'Camille',
    lastName: `Online ${stamp}`,
    passwordHash: await hashPassword('online-password'),
  });
  await givePoints(db, online.id, 300);
  const till = await makeCustomer(db, {
    firstName: 'Camille',
    lastName: `Till ${stamp}`,
    signUpSource: 'SHOP',
    passwordHash: await hashPassword('till-password'),
  });
  const auth = { authorization: `Bearer ${storeKey}` };
  const purchase = await request.post(`${urls.api}/api/v1/purchases`, {
    headers: { ...auth, 'idempotency-key': `merge-${stamp}` },
    data: {
      externalId: `MERGE-${stamp}`,
      memberCode: till.memberCode,
      amount: 8_000,
      currency: 'EUR',
      occurredAt: new Date().toISOString(),
    },
  });
  expect(purchase.status()).toBe(201);
  const earned: number = (await purchase.json()).purchase.pointsEarned;
  expect(earned).toBeGreaterThan(0);

  await signInToAdmin(page, await makeStaff('SUPPORT'));
  await page.goto(`${urls.admin}/customers/${online.id}`);
  await page.getByRole('button', { name: 'Merge another account' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByLabel('Her other account').fill('12345');
  await dialog.getByRole('button', { name: 'Find the account' }).click();
  await expect(dialog.getByText('Type a 12-digit member code or an email address.')).toBeVisible();
  await dialog.getByLabel('Her other account').fill(online.memberCode);
  await dialog.getByRole('button', { name: 'Find the account' }).click();
  await expect(dialog.getByText('This is the account already open')).toBeVisible();

  await dialog.getByLabel('Her other account').fill(till.memberCode);
  await dialog.getByRole('button', { name: 'Find the account' }).click();
  const candidate = dialog.getByTestId('merge-candidate');
  await expect(candidate).toContainText(till.email);
  await expect(candidate).toContainText(`Camille Till ${stamp}`);
  await candidate.getByRole('button', { name: 'Merge into this account' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('customer-balance')).toHaveAttribute(
    'data-value',
    String(300 + earned),
  );
  await expect(page.getByTestId('customer-merged-from')).toContainText(till.memberCode);

  // The till finds her by the old member code, or the new one, with the summed balance.
  for (const memberCode of [till.memberCode, online.memberCode]) {
    const lookup = await request.get(
      `${urls.api}/api/v1/customers/lookup?memberCode=${memberCode}`,
      { headers: auth },
    );
    expect(lookup.status()).toBe(200);
    expect((await lookup.json()).customer).toMatchObject({
      id: online.id,
      memberCode: online.memberCode,
      pointsBalance: 300 + earned,
    });
  }

  // The old account only redirects: its page says where, and she cannot sign in to it.
  await page
    .getByTestId('customer-merged-from')
    .getByRole('link', { name: till.memberCode })
    .click();
  await expect(page.getByTestId('customer-merged-into')).toContainText(
    `Camille Online ${stamp}’s account`,
  );
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signInToPortal(phone, till.email, 'till-password');
  await expect(phone.getByText('This account was merged into your other account.')).toBeVisible();

  // Signed in to the account she kept: the summed balance, and one history with both accounts'
  // lines, the till purchase's marked as on her former account.
  await signInToPortal(phone, online.email, 'online-password');
  await expect(phone.getByTestId('points-balance')).toHaveText(String(300 + earned));
  await phone.goto(`${urls.portal}/history`);
  await expect(
    phone.getByTestId('movement').filter({
      hasText: `Points from your other account ${till.memberCode}, merged into this one`,
    }),
  ).toContainText(`+${earned}`);
  const tillPurchase = phone
    .getByTestId('movement')
    .filter({ has: phone.getByTestId('movement-former-account') })
    .filter({ hasText: `+${earned}` });
  await expect(tillPurchase).toContainText(`On your former account ${till.memberCode}`);
  await tillPurchase.getByRole('link').click();
  await expect(phone).toHaveURL(/\/history\/purchases\//);
});
