import { hashPassword } from '@fidele/auth/password';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';

test('a customer withdraws her email consent in one tap, gives SMS consent, and sees the history', async ({
  page,
  db,
}) => {
  const customer = await makeCustomer(db, {
    firstName: 'Chloé',
    phone: `+336${String(Date.now()).slice(-8)}`,
    passwordHash: await hashPassword('right-password'),
    consents: { email: true },
  });
  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
  await page.goto(`${urls.portal}/profile`);

  const email = page.getByTestId('consent-email').getByRole('checkbox');
  await expect(email).toBeChecked();
  await email.uncheck();
  await expect(page.getByTestId('consent-email-status')).toHaveText(
    'You will no longer receive our emails.',
  );
  await expect(email).not.toBeChecked();

  const sms = page.getByTestId('consent-sms').getByRole('checkbox');
  await sms.check();
  await expect(page.getByTestId('consent-sms-status')).toHaveText(
    'You will receive our text messages.',
  );

  await page.getByText('History of your choices').click();
  const changes = page.getByTestId('consent-change');
  await expect(changes).toHaveCount(3);
  await expect(changes.nth(0)).toHaveAttribute('data-channel', 'SMS');
  await expect(changes.nth(1)).toHaveAttribute('data-given', 'false');
  await expect(changes.nth(1)).toHaveAttribute('data-source', 'PORTAL');
  await expect(changes.nth(2)).toHaveAttribute('data-source', 'TILL');

  // Segments and campaigns read the same state.
  const row = await db.customer.findUniqueOrThrow({
    where: { id: customer.id },
    select: { emailConsentAt: true, smsConsentAt: true },
  });
  expect(row.emailConsentAt).toBeNull();
  expect(row.smsConsentAt).not.toBeNull();
});
