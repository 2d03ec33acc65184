import { hashPassword, verifyPassword } from '@fidele/auth/password';
import { customerOfSession, openSession } from '@fidele/core/sessions';
import { makeCustomer } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import type { Email } from '@fidele/messaging';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rejection } from '../testing/staff-callers.ts';
import { createCallerFactory } from '../trpc.ts';
import { customerRouter } from './index.ts';

let t: TestDatabase;
const sent: Email[] = [];
const mail = {
  mailer: { send: async (email: Email) => void sent.push(email) },
  appUrl: 'http://portal.test',
};
const createCaller = createCallerFactory(customerRouter);
const callerFor = (customer?: { id: string; sessionId?: string }, clientAddress?: string) =>
  createCaller({ db: t.db, customer, response: {}, mail, clientAddress });
const rateLimited = { code: 'TOO_MANY_REQUESTS', cause: { code: 'rate_limited' } };
const later = () => new Date(Date.now() + 60 * 60 * 1000);
const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';
const storedHash = async (id: string) =>
  (await t.db.customer.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } }))
    .passwordHash ?? '';

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('customer passwords', () => {
  it('answers a reset request the same whether or not the email has an account', async () => {
    const customer = await makeCustomer(t.db, { firstName: 'Lou', locale: 'fr' });
    const known = await callerFor().passwords.requestReset({ email: customer.email.toUpperCase() });
    const unknown = await callerFor().passwords.requestReset({ email: 'nobody@example.com' });
    expect(known).toEqual(unknown);
    await vi.waitFor(() => expect(sent.some((m) => m.to === customer.email)).toBe(true));
    expect(sent.some((m) => m.to === 'nobody@example.com')).toBe(false);
    const email = sent.find((m) => m.to === customer.email)!;
    expect(email.subject).toBe('Choisissez un nouveau mot de passe Fidèle');
    expect(email.text).toContain('http://portal.test/set-password?token=');
  });

  it('resets with the newest link once, and signs the customer out everywhere', async () => {
    const customer = await makeCustomer(t.db, { passwordHash: await hashPassword('old-password') });
    const session = await openSession(t.db, { customerId: customer.id }, later());
    await callerFor().passwords.requestReset({ email: customer.email });
    await callerFor().passwords.requestReset({ email: customer.email });
    await vi.waitFor(() => expect(sent.filter((m) => m.to === customer.email)).toHaveLength(2));
    const [first, second] = sent.filter((m) => m.to === customer.email).map((m) => tokenIn(m.text));
    const stale = await rejection(
      callerFor().passwords.setWithLink({ token: first!, password: 'new-password' }),
    );
    expect(stale.cause?.code).toBe('password_link_invalid');

    await callerFor().passwords.setWithLink({ token: second!, password: 'new-password' });
    expect(await verifyPassword(await storedHash(customer.id), 'new-password')).toBe(true);
    await expect(customerOfSession(t.db, session)).resolves.toBeNull();
    const reuse = await rejection(
      callerFor().passwords.setWithLink({ token: second!, password: 'other-password' }),
    );
    expect(reuse.cause?.code).toBe('password_link_invalid');
  });

  it('refuses an expired link', async () => {
    const customer = await makeCustomer(t.db);
    await callerFor().passwords.requestReset({ email: customer.email });
    await vi.waitFor(() => expect(sent.some((m) => m.to === customer.email)).toBe(true));
    await t.db.passwordToken.updateMany({
      where: { customerId: customer.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const token = tokenIn(sent.find((m) => m.to === customer.email)!.text);
    await expect(callerFor().passwords.checkLink({ token })).resolves.toBeNull();
    const error = await rejection(
      callerFor().passwords.setWithLink({ token, password: 'new-password' }),
    );
    expect(error.cause?.code).toBe('password_link_invalid');
  });

  it('changes the password with the current one, ending the other sessions only', async () => {
    const customer = await makeCustomer(t.db, { passwordHash: await hashPassword('old-password') });
    const here = await openSession(t.db, { customerId: customer.id }, later());
    const elsewhere = await openSession(t.db, { customerId: customer.id }, later());
    const me = callerFor({ id: customer.id, sessionId: here });
    const wrong = await rejection(
      me.passwords.change({ currentPassword: 'not-it', newPassword: 'new-password' }),
    );
    expect(wrong.cause?.code).toBe('wrong_password');
    await expect(customerOfSession(t.db, elsewhere)).resolves.toBe(customer.id);

    await me.passwords.change({ currentPassword: 'old-password', newPassword: 'new-password' });
    expect(await verifyPassword(await storedHash(customer.id), 'new-password')).toBe(true);
    await expect(customerOfSession(t.db, here)).resolves.toBe(customer.id);
    await expect(customerOfSession(t.db, elsewhere)).resolves.toBeNull();
    const tooShort = await rejection(
      me.passwords.change({ currentPassword: 'new-password', newPassword: 'short' }),
    );
    expect(tooShort.code).toBe('BAD_REQUEST');
  });

  it('mails at most 5 reset links per email an hour, counted whether or not it has an account', async () => {
    const customer = await makeCustomer(t.db);
    for (const email of [customer.email, 'no-account@example.com']) {
      for (let i = 0; i < 5; i++)
        await callerFor(undefined, `203.0.113.${i}`).passwords.requestReset({ email });
      await expect(
        callerFor(undefined, '203.0.113.9').passwords.requestReset({ email: email.toUpperCase() }),
      ).rejects.toMatchObject(rateLimited);
    }
    await vi.waitFor(() => expect(sent.filter((m) => m.to === customer.email)).toHaveLength(5));
    await expect(
      callerFor(undefined, '203.0.113.9').passwords.requestReset({ email: 'other@example.com' }),
    ).resolves.toEqual({ requested: true });
  });

  it('takes at most 20 reset requests an hour from one address', async () => {
    const caller = callerFor(undefined, '198.51.100.20');
    for (let i = 0; i < 20; i++)
      await caller.passwords.requestReset({ email: `many-${i}@example.com` });
    await expect(
      caller.passwords.requestReset({ email: 'many-20@example.com' }),
    ).rejects.toMatchObject(rateLimited);
    await expect(
      callerFor(undefined, '198.51.100.21').passwords.requestReset({
        email: 'many-20@example.com',
      }),
    ).resolves.toEqual({ requested: true });
  });

  it('takes at most 20 passwords set with a link an hour from one address', async () => {
    const caller = callerFor(undefined, '198.51.100.30');
    const guess = { token: 'x'.repeat(43), password: 'new-password' };
    for (let i = 0; i < 20; i++)
      expect((await rejection(caller.passwords.setWithLink(guess))).cause?.code).toBe(
        'password_link_invalid',
      );
    await expect(caller.passwords.setWithLink(guess)).rejects.toMatchObject(rateLimited);
    const other = await rejection(
      callerFor(undefined, '198.51.100.31').passwords.setWithLink(guess),
    );
    expect(other.cause?.code).toBe('password_link_invalid');
  });

  it('refuses a change after 5 wrong current passwords, the right one too; a success forgets them', async () => {
    const customer = await makeCustomer(t.db, { passwordHash: await hashPassword('old-password') });
    const me = callerFor({ id: customer.id }, '198.51.100.40');
    const wrong = { currentPassword: 'not-it', newPassword: 'new-password' };
    const right = { currentPassword: 'old-password', newPassword: 'new-password' };
    for (let i = 0; i < 4; i++)
      expect((await rejection(me.passwords.change(wrong))).cause?.code).toBe('wrong_password');
    await me.passwords.change(right);
    for (let i = 0; i < 5; i++)
      expect((await rejection(me.passwords.change(wrong))).cause?.code).toBe('wrong_password');
    const refused = await rejection(
      me.passwords.change({ currentPassword: 'new-password', newPassword: 'newer-password' }),
    );
    expect(refused).toMatchObject(rateLimited);
    expect(await verifyPassword(await storedHash(customer.id), 'new-password')).toBe(true);
  });

  it('takes at most 50 password changes in 15 minutes from one address, any account', async () => {
    const wrong = { currentPassword: 'not-it', newPassword: 'new-password' };
    for (let account = 0; account < 10; account++) {
      const me = callerFor({ id: (await makeCustomer(t.db)).id }, '198.51.100.50');
      for (let i = 0; i < 5; i++)
        expect((await rejection(me.passwords.change(wrong))).cause?.code).toBe('wrong_password');
    }
    const next = (await makeCustomer(t.db)).id;
    await expect(
      callerFor({ id: next }, '198.51.100.50').passwords.change(wrong),
    ).rejects.toMatchObject(rateLimited);
    const elsewhere = await rejection(
      callerFor({ id: next }, '198.51.100.51').passwords.change(wrong),
    );
    expect(elsewhere.cause?.code).toBe('wrong_password');
  });

  it('keeps a change to signed-in customers', async () => {
    const error = await rejection(
      callerFor().passwords.change({ currentPassword: 'x', newPassword: 'new-password' }),
    );
    expect(error.code).toBe('UNAUTHORIZED');
  });
});
