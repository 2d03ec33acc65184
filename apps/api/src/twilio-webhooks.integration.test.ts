import { makeCustomer } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { twilioSignature } from '@fidele/messaging';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { expectConforms } from './testing/contract-conformance.ts';

const TWILIO = {
  authToken: 'twilio-auth-token',
  repliesUrl: 'https://api.fidele.example/api/v1/webhooks/sms/twilio',
  statusUrl: 'https://api.fidele.example/api/v1/webhooks/sms/twilio/status',
};
let t: TestDatabase;
let app: ReturnType<typeof buildServer>;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000, twilio: TWILIO });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const consenting = async () => {
  const phone = `+336${String(Math.random()).slice(2, 10)}`;
  const customer = await makeCustomer(t.db, { phone, consents: { email: true, sms: true } });
  return { id: customer.id, phone };
};

const reply = async (
  form: Record<string, string>,
  { signature, server = app }: { signature?: string; server?: typeof app } = {},
) => {
  const params = new URLSearchParams(form);
  const request = {
    method: 'POST' as const,
    url: '/api/v1/webhooks/sms/twilio',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature':
        signature ?? twilioSignature(TWILIO.authToken, TWILIO.repliesUrl, params),
    },
    payload: params.toString(),
  };
  return { request, response: await server.inject(request) };
};

const smsConsent = async (id: string) =>
  (await t.db.customer.findUniqueOrThrow({ where: { id } })).smsConsentAt;

describe('POST /webhooks/sms/twilio', () => {
  it('withdraws SMS consent when a customer replies STOP, and only then', async () => {
    const { id, phone } = await consenting();
    const chat = await reply({ From: phone, Body: 'Merci !', MessageSid: 'SM1' });
    expect(chat.response.statusCode).toBe(200);
    expect(await smsConsent(id)).not.toBeNull();

    const stop = await reply({ From: phone, Body: 'Stop', MessageSid: 'SM2' });
    expect(stop.response.statusCode).toBe(200);
    expect(stop.response.headers['content-type']).toContain('text/xml');
    expect(stop.response.body).toContain('<Response></Response>');
    expect(await smsConsent(id)).toBeNull();
    expect(
      await t.db.consentChange.findFirst({
        where: { customerId: id, channel: 'SMS', given: false },
        select: { source: true },
      }),
    ).toEqual({ source: 'SMS_REPLY' });
    // Email consent is another channel's.
    expect(
      (await t.db.customer.findUniqueOrThrow({ where: { id } })).emailConsentAt,
    ).not.toBeNull();
  });

  it('refuses a request Twilio did not sign, or any when Twilio is not set up', async () => {
    const { id, phone } = await consenting();
    const forged = await reply({ From: phone, Body: 'STOP' }, { signature: 'forged' });
    expect(forged.response.statusCode).toBe(401);
    expect(forged.response.json()).toMatchObject({ error: { code: 'invalid_signature' } });
    await expectConforms(app, {
      method: 'POST',
      url: forged.request.url,
      status: forged.response.statusCode,
      body: forged.response.json(),
      headers: forged.response.headers,
    });
    const bare = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
    expect((await reply({ From: phone, Body: 'STOP' }, { server: bare })).response.statusCode).toBe(
      401,
    );
    await bare.close();
    expect(await smsConsent(id)).not.toBeNull();
  });

  it('answers 400 to a signed form without a sender', async () => {
    const { response } = await reply({ Body: 'STOP' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('POST /webhooks/sms/twilio/status', () => {
  /** An SMS of ours, sent to a customer. */
  const sentSms = async () => {
    const { id } = await consenting();
    return t.db.message.create({
      data: {
        customerId: id,
        channel: 'SMS',
        kind: 'WELCOME',
        marketing: true,
        data: { memberCode: 'FID-TEST' },
        status: 'SENT',
        sentAt: new Date(),
      },
    });
  };

  const report = (messageId: string, form: Record<string, string>, signature?: string) => {
    const params = new URLSearchParams(form);
    const url = `/api/v1/webhooks/sms/twilio/status?message=${messageId}`;
    return app.inject({
      method: 'POST',
      url,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature':
          signature ??
          twilioSignature(TWILIO.authToken, `${TWILIO.statusUrl}?message=${messageId}`, params),
      },
      payload: params.toString(),
    });
  };
  const delivery = async (id: string) =>
    t.db.message.findUniqueOrThrow({
      where: { id },
      select: { deliveredAt: true, undeliveredAt: true, lastError: true },
    });

  it('records a delivery once it is final, and nothing for the statuses on the way', async () => {
    const sms = await sentSms();
    const sent = await report(sms.id, { MessageSid: 'SM1', MessageStatus: 'sent' });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('<Response></Response>');
    expect(await delivery(sms.id)).toEqual({
      deliveredAt: null,
      undeliveredAt: null,
      lastError: null,
    });

    expect(
      (await report(sms.id, { MessageSid: 'SM1', MessageStatus: 'delivered' })).statusCode,
    ).toBe(200);
    const delivered = await delivery(sms.id);
    expect(delivered.deliveredAt).toBeInstanceOf(Date);
    // A late failure report does not undo a delivery.
    await report(sms.id, { MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30003' });
    expect(await delivery(sms.id)).toEqual(delivered);
  });

  it('records that an SMS will never arrive, with the provider’s error', async () => {
    const sms = await sentSms();
    await report(sms.id, { MessageSid: 'SM2', MessageStatus: 'undelivered', ErrorCode: '30003' });
    expect(await delivery(sms.id)).toMatchObject({
      deliveredAt: null,
      undeliveredAt: expect.any(Date),
      lastError: 'Not delivered: undelivered (provider error 30003)',
    });
  });

  it('refuses a report signed for another message, or without one', async () => {
    const sms = await sentSms();
    const other = await sentSms();
    const params = new URLSearchParams({ MessageStatus: 'delivered' });
    const forged = await report(
      other.id,
      { MessageStatus: 'delivered' },
      twilioSignature(TWILIO.authToken, `${TWILIO.statusUrl}?message=${sms.id}`, params),
    );
    expect(forged.statusCode).toBe(401);
    expect((await delivery(other.id)).deliveredAt).toBeNull();
    await expectConforms(app, {
      method: 'POST',
      url: `/api/v1/webhooks/sms/twilio/status?message=${other.id}`,
      status: forged.statusCode,
      body: forged.json(),
      headers: forged.headers,
    });

    const unnamed = await app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/sms/twilio/status',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(TWILIO.authToken, TWILIO.statusUrl, params),
      },
      payload: params.toString(),
    });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});
