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
const callerFor = (customer?: { id: string; sessionId?: string }) =>
  createCaller({ db: t.db, customer, response: {}, mail });
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

  it('keeps a change to signed-in customers', async () => {
    const error = await rejection(
      callerFor().passwords.change({ currentPassword: 'x', newPassword: 'new-password' }),
    );
    expect(error.code).toBe('UNAUTHORIZED');
  });
});
