import { makeStaffUser } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './password.ts';
import { createStaffAuth, STAFF_PASSWORD_PROVIDER } from './staff-auth.ts';
import { authClient } from './testing/auth-client.ts';

const URL = 'http://127.0.0.1:3001';
let t: TestDatabase;
let owner: { id: string; email: string };
const auth = createStaffAuth(() => ({
  db: t.db,
  secret: 'a-test-secret-of-32-characters!!',
  url: URL,
}));

beforeAll(async () => {
  t = await createTestDatabase();
  owner = await makeStaffUser(t.db, {
    role: 'OWNER',
    passwordHash: await hashPassword('pw-123456'),
  });
});
afterAll(() => t.drop());

const signedInBrowser = async () => {
  const browser = authClient(auth.handlers, URL);
  await browser.signIn(STAFF_PASSWORD_PROVIDER, { email: owner.email, password: 'pw-123456' });
  expect(await browser.session()).toMatchObject({ claims: { role: 'OWNER' } });
  return browser;
};

describe('staff sessions', () => {
  it('read the role from the database at each request', async () => {
    const browser = await signedInBrowser();
    await t.db.staffUser.update({ where: { id: owner.id }, data: { role: 'SUPPORT' } });
    expect(await browser.session()).toMatchObject({
      user: { id: owner.id },
      claims: { role: 'SUPPORT' },
    });
    await t.db.staffUser.update({ where: { id: owner.id }, data: { role: 'OWNER' } });
  });

  it('end when the member is disabled', async () => {
    const browser = await signedInBrowser();
    await t.db.staffUser.update({ where: { id: owner.id }, data: { disabledAt: new Date() } });
    expect(await browser.session()).toBeNull();
    await t.db.staffUser.update({ where: { id: owner.id }, data: { disabledAt: null } });
    // Re-enabling does not bring an ended session back: the cookie was cleared.
    expect(await browser.session()).toBeNull();
  });

  it('end at sign-out, even for a copy of the cookie', async () => {
    const browser = await signedInBrowser();
    const copied = browser.cookies();
    await browser.signOut();
    expect(await browser.session()).toBeNull();
    browser.restore(copied);
    expect(await browser.session()).toBeNull();
  });

  it('refuse a cookie that names no server-side session', async () => {
    const browser = await signedInBrowser();
    await t.db.authSession.deleteMany({ where: { staffId: owner.id } });
    expect(await browser.session()).toBeNull();
  });
});
