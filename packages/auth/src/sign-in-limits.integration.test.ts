import { makeCustomer } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerAuth } from './customer-auth.ts';
import { hashPassword } from './password.ts';
import { passwordAttempt, TEST_SECRET } from './testing/password-attempt.ts';

let t: TestDatabase;
let passwordHash: string;
beforeAll(async () => {
  t = await createTestDatabase();
  passwordHash = await hashPassword('right-password');
});
afterAll(() => t.drop());

const portal = () => ({
  url: 'http://127.0.0.1:3000',
  handlers: createCustomerAuth(() => ({
    db: t.db,
    secret: TEST_SECRET,
    url: 'http://127.0.0.1:3000',
    smtpUrl: 'smtp://127.0.0.1:1',
    mailFrom: 'Fidèle <no-reply@fidele.example>',
  })).handlers,
});

// One next-auth per process, as in the apps: the admin's is tested in staff-sign-in-limits.
describe('portal password sign-in under brute force', () => {
  it('stops a portal account after 10 attempts, even with the right password', async () => {
    const { email } = await makeCustomer(t.db, { passwordHash });
    const app = portal();
    for (let i = 0; i < 10; i++)
      expect(await passwordAttempt(app, { email, password: `guess-${i}` }, `10.0.0.${i}`)).toEqual({
        error: 'CredentialsSignin',
        code: 'credentials',
      });
    expect(await passwordAttempt(app, { email, password: 'right-password' }, '10.0.1.1')).toEqual({
      error: 'CredentialsSignin',
      code: 'rate_limited',
    });
  });

  it('stops one address guessing across accounts after 50 attempts', async () => {
    const app = portal();
    for (let i = 0; i < 50; i++)
      await passwordAttempt(app, { email: `nobody-${i}@example.com`, password: 'x' }, '10.2.0.1');
    const { email } = await makeCustomer(t.db, { passwordHash });
    expect(
      (await passwordAttempt(app, { email, password: 'right-password' }, '10.2.0.1')).code,
    ).toBe('rate_limited');
    // Another address is not affected.
    expect(await passwordAttempt(app, { email, password: 'right-password' }, '10.2.0.2')).toEqual({
      error: null,
      code: null,
    });
  });

  it('forgets an account’s failed attempts once its owner signs in', async () => {
    const { email } = await makeCustomer(t.db, { passwordHash });
    const app = portal();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++)
        await passwordAttempt(app, { email, password: 'typo' }, '10.3.0.1');
      expect(
        (await passwordAttempt(app, { email, password: 'right-password' }, '10.3.0.2')).error,
      ).toBeNull();
    }
  });
});
