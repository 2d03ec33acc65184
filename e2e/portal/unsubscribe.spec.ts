import { hashPassword } from '@fidele/auth/password';
import { createPrivateSale } from '@fidele/core/private-sales';
import { makeCustomer, makeStaffUser } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { headerOf, latestEmailTo } from '../inbox.ts';
import { signInToPortal } from '../sign-in.ts';

test("an invitation email's unsubscribe link withdraws her email consent, once, shown in her profile", async ({
  page,
  request,
  db,
}) => {
  const customer = await makeCustomer(db, {
    firstName: 'Inès',
    passwordHash: await hashPassword('right-password'),
    consents: { email: true },
  });
  // She alone is invited to an online preview; its email leaves through the worker.
  const staff = await makeStaffUser(db, { role: 'MARKETING' });
  const tier = await db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } });
  const sale = await db.$transaction((tx) =>
    createPrivateSale(tx, {
      data: {
        kind: 'PREVIEW',
        nameEn: `Spring preview ${customer.memberCode}`,
        nameFr: `Avant-première ${customer.memberCode}`,
        textEn: '',
        textFr: '',
        shopId: null,
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        capacity: 10,
        channels: ['EMAIL'],
        tierIds: [tier.id],
        segmentIds: [],
      },
      staffUserId: staff.id,
      allShops: true,
    }),
  );
  const invitation = await db.invitation.create({
    data: { privateSaleId: sale.id, customerId: customer.id, code: `INV-${customer.memberCode}` },
  });
  await db.$queryRaw`SELECT queue_invitation_messages(ARRAY[${invitation.id}]::uuid[], 'INVITATION', true)`;

  const email = await latestEmailTo(customer.email, /invited/);
  expect(await headerOf(email, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  const oneClick = /^<(https?:\/\/[^>]+)>$/.exec(
    (await headerOf(email, 'List-Unsubscribe')) ?? '',
  )?.[1];
  expect(oneClick).toContain('/api/unsubscribe/');
  const visible = /https?:\/\/\S+\/unsubscribe\/[^\s\]]+/.exec(email.text)?.[0];
  expect(visible).toBeDefined();

  // Opening the link asks first (mail scanners open links); one tap withdraws.
  await page.goto(visible!);
  await expect(page.getByRole('heading', { name: 'Unsubscribe' })).toBeVisible();
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByText('You are unsubscribed')).toBeVisible();
  expect(
    (await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).emailConsentAt,
  ).toBeNull();

  // The mail client's one-click POST on the same link finds it spent: nothing changes again.
  const post = await request.post(oneClick!, {
    form: { 'List-Unsubscribe': 'One-Click' },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(200);
  expect(await db.consentChange.count({ where: { customerId: customer.id } })).toBe(2);

  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
  await page.goto(`${urls.portal}/profile`);
  await expect(page.getByTestId('consent-email').getByRole('checkbox')).not.toBeChecked();
  await page.getByText('History of your choices').click();
  await expect(page.getByTestId('consent-change').first()).toHaveAttribute(
    'data-source',
    'EMAIL_LINK',
  );
});
