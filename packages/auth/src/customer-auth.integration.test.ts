import { changePassword } from '@fidele/core/passwords';
import { setCustomerBlocked } from '@fidele/core/customers';
import { makeCustomer, makeStaffUser } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerAuth, PASSWORD_PROVIDER } from './customer-auth.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { authClient } from './testing/auth-client.ts';

const URL = 'http://127.0.0.1:3000';
let t: TestDatabase;
const auth = createCustomerAuth(() => ({
  db: t.db,
  secret: 'a-test-secret-of-32-characters!!',
  url: URL,
  smtpUrl: 'smtp://127.0.0.1:1',
  mailFrom: 'Fidèle <no-reply@fidele.example>',
}));

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const signedInBrowser = async (email: string, password: string) => {
  const browser = authClient(auth.handlers, URL);
  await browser.signIn(PASSWORD_PROVIDER, { email, password });
  expect(await browser.session()).toMatchObject({ actor: 'customer' });
  return browser;
};

describe('customer sessions', () => {
  it('end at sign-out, even for a copy of the cookie', async () => {
    const customer = await makeCustomer(t.db, { passwordHash: await hashPassword('pw-123456') });
    const browser = await signedInBrowser(customer.email, 'pw-123456');
    const copied = browser.cookies();
    await browser.signOut();
    browser.restore(copied);
    expect(await browser.session()).toBeNull();
  });

  it('end on the other devices when the password changes, not on this one', async () => {
    const customer = await makeCustomer(t.db, { passwordHash: await hashPassword('pw-123456') });
    const phone = await signedInBrowser(customer.email, 'pw-123456');
    const laptop = await signedInBrowser(customer.email, 'pw-123456');
    const here = (await laptop.session())?.sessionId as string;
    await changePassword(
      t.db,
      {
        actor: 'customer',
        id: customer.id,
        sessionId: here,
        currentPassword: 'pw-123456',
        newPassword: 'pw-654321',
      },
      { hash: hashPassword, verify: verifyPassword },
    );
    expect(await phone.session()).toBeNull();
    expect(await laptop.session()).toMatchObject({ user: { id: customer.id } });
  });

  it('end when support blocks the account, which her right password then cannot open', async () => {
    const customer = await makeCustomer(t.db, { passwordHash: await hashPassword('pw-123456') });
    const phone = await signedInBrowser(customer.email, 'pw-123456');
    const support = await makeStaffUser(t.db, { role: 'SUPPORT' });
    await t.db.$transaction((tx) =>
      setCustomerBlocked(tx, {
        customerId: customer.id,
        block: { reason: 'Disputed purchases' },
        staffUserId: support.id,
      }),
    );
    expect(await phone.session()).toBeNull();

    const laptop = authClient(auth.handlers, URL);
    const refused = await laptop.signIn(PASSWORD_PROVIDER, {
      email: customer.email,
      password: 'pw-123456',
    });
    expect(refused.headers.get('location')).toContain('code=account_blocked');
    expect(await laptop.session()).toBeNull();
    // A wrong password says nothing of the block.
    const wrong = await laptop.signIn(PASSWORD_PROVIDER, {
      email: customer.email,
      password: 'not-hers-1',
    });
    expect(wrong.headers.get('location')).not.toContain('account_blocked');
  });
});
