import { messageLinkToken } from '@fidele/core/messages';
import { makeCustomer } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerFactory } from '../trpc.ts';
import { customerRouter } from './index.ts';

const SECRET = 'the-secret-that-signs-unsubscribe-links';
let t: TestDatabase;
const createCaller = createCallerFactory(customerRouter);
// A visitor: the link works without signing in.
const visitor = () =>
  createCaller({
    db: t.db,
    clientAddress: '198.51.100.9',
    response: {},
    messageLinkSecret: SECRET,
  }).unsubscribe;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const emailed = async (marketing = true) => {
  const customer = await makeCustomer(t.db, { locale: 'fr' });
  await t.db.customer.update({
    where: { id: customer.id },
    data: { emailConsentAt: new Date(), smsConsentAt: new Date() },
  });
  const message = await t.db.message.create({
    data: {
      customerId: customer.id,
      channel: 'EMAIL',
      kind: 'INVITATION',
      marketing,
      data: {},
      status: 'SENT',
    },
  });
  return { customerId: customer.id, token: messageLinkToken('unsubscribe', message.id, SECRET) };
};

const consents = (id: string) =>
  t.db.customer.findUniqueOrThrow({
    where: { id },
    select: { emailConsentAt: true, smsConsentAt: true },
  });

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError & { cause?: { code?: string } }).cause?.code;
};

describe('unsubscribe links', () => {
  it('withdraw email consent at once, kept in her history, and work once', async () => {
    const { customerId, token } = await emailed();
    // Opening the page changes nothing.
    expect(await visitor().read({ token })).toEqual({
      channel: 'EMAIL',
      used: false,
      consenting: true,
    });
    expect((await consents(customerId)).emailConsentAt).not.toBeNull();

    expect(await visitor().confirm({ token })).toEqual({
      channel: 'EMAIL',
      used: false,
      consenting: false,
    });
    expect(await consents(customerId)).toMatchObject({
      emailConsentAt: null,
      smsConsentAt: expect.any(Date),
    });
    expect(
      await t.db.consentChange.findMany({
        where: { customerId },
        select: { channel: true, given: true, source: true, text: true },
      }),
    ).toEqual([
      {
        channel: 'EMAIL',
        given: false,
        source: 'EMAIL_LINK',
        text: expect.stringMatching(/^J’accepte/),
      },
    ]);

    // She agrees again in the portal; the spent link does not take it back.
    await t.db.customer.update({ where: { id: customerId }, data: { emailConsentAt: new Date() } });
    expect(await visitor().confirm({ token })).toEqual({
      channel: 'EMAIL',
      used: true,
      consenting: true,
    });
    expect((await consents(customerId)).emailConsentAt).not.toBeNull();
  });

  it('checks out once when clicked twice at the same time', async () => {
    const { customerId, token } = await emailed();
    const both = await Promise.all([visitor().confirm({ token }), visitor().confirm({ token })]);
    expect(both.map((answer) => answer.used).sort()).toEqual([false, true]);
    expect(await t.db.consentChange.count({ where: { customerId } })).toBe(1);
  });

  it('refuses a forged, another secret’s or a service message’s link', async () => {
    const { token } = await emailed();
    const [id] = token.split('.');
    expect(await refusal(visitor().confirm({ token: `${id}.forged` }))).toBe(
      'unsubscribe_link_invalid',
    );
    expect(
      await refusal(
        visitor().read({ token: messageLinkToken('unsubscribe', id!, 'another-secret-entirely') }),
      ),
    ).toBe('unsubscribe_link_invalid');
    const service = await emailed(false);
    expect(await refusal(visitor().confirm({ token: service.token }))).toBe(
      'unsubscribe_link_invalid',
    );
    expect((await consents(service.customerId)).emailConsentAt).not.toBeNull();
  });
});
