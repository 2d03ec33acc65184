import { randomUUID } from 'node:crypto';
import { hashPassword } from '@fidele/auth/password';
import { answerInvitation } from '@fidele/core/private-sales';
import { makeApiKey, makeCustomer, makeShop } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo } from '../inbox.ts';
import { signInToAdmin, signInToPortal } from '../sign-in.ts';
import { ensureSilverAndGold } from '../tier-ladder.ts';

/** A datetime-local value, `hours` from now (whole minutes). */
const inputTime = (hours: number) =>
  new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);

test('marketing invites Gold to a private sale in a shop; Camille accepts and is checked in at its door; the third acceptance waits', async ({
  page,
  browser,
  request,
  db,
  makeStaff,
}) => {
  await ensureSilverAndGold(db);
  const tiers = await db.tier.findMany({ where: { code: { in: ['SILVER', 'GOLD'] } } });
  const tierId = (code: string) => tiers.find((tier) => tier.code === code)!.id;
  const run = randomUUID().slice(0, 8);
  const shop = await makeShop(db, { kind: 'STORE', name: `Paris ${run}` });
  const key = await makeApiKey(db, { shopId: shop.id });
  const passwordHash = await hashPassword('right-password');
  const member = async (firstName: string, tier: string) => {
    const customer = await makeCustomer(db, { firstName, passwordHash });
    await db.customer.update({ where: { id: customer.id }, data: { tierId: tierId(tier) } });
    return customer;
  };
  const camille = await member('Camille', 'GOLD');
  const phone = `+3361${String(Date.now()).slice(-7)}`;
  await db.customer.update({
    where: { id: camille.id },
    data: { phone, emailConsentAt: new Date(), smsConsentAt: new Date() },
  });
  // The journey runs at any hour: SMS may go out at any time of any day for it.
  await db.programmeSettings.update({
    where: { id: 1 },
    data: {
      smsHoursFrom: 0,
      smsHoursTo: 1440,
      smsWeekdays: [1, 2, 3, 4, 5, 6, 7],
      smsSkipHolidays: false,
    },
  });
  const hugo = await member('Hugo', 'GOLD');
  const lea = await member('Léa', 'GOLD');
  const sarah = await member('Sarah', 'SILVER');
  const name = `Winter private sale ${run}`;

  // Marketing creates a Gold-only sale in the Paris shop with 2 places, and invites.
  await signInToAdmin(page, await makeStaff('MARKETING'));
  await page.goto(`${urls.admin}/private-sales`);
  await page.getByRole('link', { name: 'New private sale' }).first().click();
  await page.getByLabel('Name in English').fill(name);
  await page.getByLabel('Name in French').fill(`Vente privée d'hiver ${run}`);
  await page.getByLabel('Where').selectOption({ label: shop.name });
  await page.getByLabel('Starts').fill(inputTime(-3));
  await page.getByLabel('Ends').fill(inputTime(48));
  await page.getByLabel('Places').fill('2');
  await page.getByLabel('Points for coming').fill('50');
  await page.getByRole('checkbox', { name: 'Gold' }).check();
  await page.getByRole('checkbox', { name: 'SMS' }).check();
  await page.getByRole('button', { name: 'Create the private sale' }).click();
  await expect(page.getByText('Private sale created.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Invite eligible customers' }).click();
  await expect(page.getByText(/\d+ customers? invited/)).toBeVisible();
  const sale = await db.privateSale.findFirstOrThrow({ where: { nameEn: name } });
  const code = (
    await db.invitation.findUniqueOrThrow({
      where: { privateSaleId_customerId: { privateSaleId: sale.id, customerId: camille.id } },
    })
  ).code;

  // The worker sends her invitation by email, with her personal code, and by SMS.
  const email = await latestEmailTo(camille.email, /invited/);
  expect(email.subject).toBe(`You're invited: ${name}`);
  expect(email.text).toContain(code);
  await page.goto(`${urls.admin}/messages/sms-outbox`);
  await expect(page.getByRole('row').filter({ hasText: phone })).toContainText(name);
  await page.goto(`${urls.admin}/private-sales/${sale.id}`);
  const invitationOf = (customerId: string) =>
    db.invitation.findUniqueOrThrow({
      where: { privateSaleId_customerId: { privateSaleId: sale.id, customerId } },
    });
  expect(
    await db.invitation.count({ where: { privateSaleId: sale.id, customerId: sarah.id } }),
  ).toBe(0);

  // Camille accepts in the portal and gets her pass; Hugo takes the second place.
  const portal = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signInToPortal(portal, camille.email, 'right-password');
  await expect(portal.getByTestId('points-balance')).toBeVisible();
  await expect(portal.getByTestId('home-invitations')).toContainText(name);
  // The invitation reached her bell; reading it clears the count.
  await expect(portal.getByTestId('unread-count')).toBeVisible();
  await portal.getByTestId('notification-bell').click();
  await expect(
    portal.getByTestId('notification').filter({ hasText: `You're invited: ${name}` }),
  ).toHaveAttribute('data-kind', 'INVITATION');
  await expect(portal.getByTestId('unread-count')).toHaveCount(0);
  await portal.goto(`${urls.portal}/invitations`);
  const card = portal.getByTestId('invitation-card').filter({ hasText: name });
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(card.getByTestId('invitation-status')).toHaveText("You're coming");
  await expect(card.getByRole('img', { name: `QR code of invitation ${code}` })).toBeVisible();
  await expect(card.getByTestId('invitation-code')).toHaveText(code);
  await answerInvitation(db, {
    customerId: hugo.id,
    invitationId: (await invitationOf(hugo.id)).id,
    accept: true,
  });
  await portal.close();

  // Léa accepts third: every place is taken, she waits.
  const third = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signInToPortal(third, lea.email, 'right-password');
  await expect(third.getByTestId('points-balance')).toBeVisible();
  await third.goto(`${urls.portal}/invitations`);
  const leaCard = third.getByTestId('invitation-card').filter({ hasText: name });
  await leaCard.getByRole('button', { name: 'Accept' }).click();
  await expect(leaCard.getByTestId('invitation-status')).toHaveText("You're on the waitlist");
  await third.close();

  // Sarah, Silver, has no invitation to it.
  const silver = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signInToPortal(silver, sarah.email, 'right-password');
  await expect(silver.getByTestId('points-balance')).toBeVisible();
  await silver.goto(`${urls.portal}/invitations`);
  await expect(silver.getByRole('heading', { name: 'Invitations', level: 1 })).toBeVisible();
  await expect(silver.getByText(name)).toHaveCount(0);
  await silver.close();

  // The Paris till checks Camille in at the door, once.
  const checkIn = () =>
    request.post(`${urls.api}/api/v1/invitations/check-in`, {
      headers: { authorization: `Bearer ${key}` },
      data: { code },
    });
  const first = await checkIn();
  expect(first.status()).toBe(200);
  const body = await first.json();
  expect(body.invitation).toMatchObject({
    status: 'CHECKED_IN',
    privateSale: { id: sale.id, name },
    customer: { firstName: 'Camille', tier: { code: 'GOLD' } },
    pointsEarned: 50,
  });
  const again = await checkIn();
  expect(again.status()).toBe(409);
  const refused = await again.json();
  expect(refused.error.code).toBe('already_checked_in');
  expect(refused.error.message).toContain(body.invitation.checkedInAt);
  // Her 50 points for coming are in her history, once.
  const history = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signInToPortal(history, camille.email, 'right-password');
  await expect(history.getByTestId('points-balance')).toHaveText('50');
  await history.goto(`${urls.portal}/history`);
  await expect(
    history.getByTestId('movement').filter({ hasText: `Welcomed at ${name}` }),
  ).toContainText('+50');
  await history.close();

  // The admin sees who is coming, who waits and who came.
  await page.reload();
  const invitations = page.getByTestId('private-sale-invitations');
  await expect(invitations.getByRole('row', { name: /Camille/ })).toContainText('Checked in');
  await expect(invitations.getByRole('row', { name: /Hugo/ })).toContainText('Accepted');
  await expect(invitations.getByRole('row', { name: /Léa/ })).toContainText('Waitlisted');
});
