import { consumeRateLimit, RATE_LIMITS } from '@fidele/core/rate-limits';
import { makeCustomer } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerAuth } from './customer-auth.ts';
import { hashPassword } from './password.ts';
import { passwordAttempt, postAuthForm, TEST_SECRET } from './testing/auth-form.ts';
import { startSmtpSink } from '@fidele/messaging/testing';

let t: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let passwordHash: string;
beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpSink();
  passwordHash = await hashPassword('right-password');
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

const portal = () => ({
  url: 'http://127.0.0.1:3000',
  handlers: createCustomerAuth(() => ({
    db: t.db,
    secret: TEST_SECRET,
    url: 'http://127.0.0.1:3000',
    smtpUrl: smtp.url,
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

  it('stops one address after 100 attempts on any accounts', async () => {
    const app = portal();
    // 99 attempts counted straight in the store (each through the form costs a password hash).
    for (let i = 0; i < 99; i++) await consumeRateLimit(t.db, RATE_LIMITS.signInPerIp, '10.2.0.1');
    await passwordAttempt(app, { email: 'nobody@example.com', password: 'x' }, '10.2.0.1');
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
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++)
        await passwordAttempt(app, { email, password: 'typo' }, '10.3.0.1');
      expect(
        (await passwordAttempt(app, { email, password: 'right-password' }, '10.3.0.2')).error,
      ).toBeNull();
    }
  });
});

describe('sign-in links', () => {
  const askLink = (email: string, ip: string) =>
    postAuthForm(portal(), 'signin/nodemailer', { email }, ip);

  it('answers an unknown email exactly as a member’s, and mails only the member', async () => {
    const { email } = await makeCustomer(t.db);
    const known = await askLink(email, '10.4.0.1');
    const unknown = await askLink('nobody-here@example.com', '10.4.0.2');
    expect(known).toEqual({ path: '/api/auth/verify-request', error: null, code: null });
    expect(unknown).toEqual(known);
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes('nobody-here@example.com'))).toHaveLength(0);
  });

  it('mails one address at most 5 links an hour, and one client at most 20', async () => {
    const { email } = await makeCustomer(t.db);
    for (let i = 0; i < 5; i++) expect((await askLink(email, `10.5.0.${i}`)).error).toBeNull();
    expect(await askLink(email, '10.5.1.1')).toMatchObject({
      path: '/sign-in',
      error: 'AccessDenied',
    });
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(5);

    for (let i = 0; i < 20; i++) await askLink(`spray-${i}@example.com`, '10.6.0.1');
    expect((await askLink('spray-20@example.com', '10.6.0.1')).error).toBe('AccessDenied');
  });
});
