import { readFile } from 'node:fs/promises';
import { hashPassword } from '@fidele/auth/password';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToPortal } from '../sign-in.ts';

test('a customer downloads all her data from her profile, and only hers', async ({
  page,
  request,
  db,
}) => {
  const customer = await makeCustomer(db, {
    firstName: 'Chloé',
    passwordHash: await hashPassword('right-password'),
    consents: { email: true },
  });
  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
  await page.goto(`${urls.portal}/profile`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^fidele-data-${customer.memberCode}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
  );
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(data).toMatchObject({
    format: 'fidele-customer-data',
    customer: { email: customer.email, firstName: 'Chloé' },
    consents: [expect.objectContaining({ channel: 'EMAIL', given: true })],
  });

  // Signed out, the address gives nothing.
  const anonymous = await request.get(`${urls.portal}/profile/data`, { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);
  expect(await anonymous.text()).not.toContain(customer.email);
});
