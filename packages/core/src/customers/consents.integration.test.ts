import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeCustomer } from '../testing/index.ts';
import { CONSENT_TEXTS, getConsents, setConsents } from './consents.ts';
import { signUpCustomer } from './sign-up.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

it('keeps where and with which words each consent was given at enrolment', async () => {
  const customer = await makeCustomer(t.db, { locale: 'fr', consents: { email: true } });
  const consents = await getConsents(t.db, customer.id);
  expect(consents.email).toMatchObject({ given: true, text: CONSENT_TEXTS.email.fr });
  expect(consents.email.since).toBeInstanceOf(Date);
  expect(consents.sms).toMatchObject({ given: false, since: null });
  expect(consents.history).toEqual([
    expect.objectContaining({
      channel: 'EMAIL',
      given: true,
      source: 'TILL',
      text: CONSENT_TEXTS.email.fr,
    }),
  ]);
});

it('withdraws and gives again, one history row per change, none when nothing changes', async () => {
  const customer = await makeCustomer(t.db, { consents: { email: true } });
  const change = (changes: { email?: boolean; sms?: boolean }) =>
    t.db.$transaction((tx) =>
      setConsents(tx, { customerId: customer.id, changes, source: 'PORTAL' }),
    );
  expect(await change({ email: false })).toEqual(['email']);
  expect(await change({ email: false })).toEqual([]);
  expect(await change({ email: true, sms: false })).toEqual(['email']);
  const consents = await getConsents(t.db, customer.id);
  expect(consents.email.given).toBe(true);
  expect(consents.history.map((row) => [row.channel, row.given, row.source])).toEqual([
    ['EMAIL', true, 'PORTAL'],
    ['EMAIL', false, 'PORTAL'],
    ['EMAIL', true, 'TILL'],
  ]);
  const segmentView = await t.db.customer.findUniqueOrThrow({
    where: { id: customer.id },
    select: { emailConsentAt: true, smsConsentAt: true },
  });
  expect(segmentView.emailConsentAt).toEqual(consents.email.since);
  expect(segmentView.smsConsentAt).toBeNull();
});

it('records SMS consent given at a till without a phone, as the contract allows', async () => {
  const customer = await makeCustomer(t.db, { consents: { sms: true } });
  expect((await getConsents(t.db, customer.id)).sms.given).toBe(true);
});

it('needs a phone number for text messages in the portal, and writes nothing without one', async () => {
  const customer = await makeCustomer(t.db);
  await expect(
    t.db.$transaction((tx) =>
      setConsents(tx, { customerId: customer.id, changes: { sms: true }, source: 'PORTAL' }),
    ),
  ).rejects.toMatchObject({ code: 'sms_needs_phone' });
  expect((await getConsents(t.db, customer.id)).history).toEqual([]);
  await t.db.customer.update({ where: { id: customer.id }, data: { phone: '+33699999999' } });
  await t.db.$transaction((tx) =>
    setConsents(tx, { customerId: customer.id, changes: { sms: true }, source: 'PORTAL' }),
  );
  expect((await getConsents(t.db, customer.id)).sms.given).toBe(true);
});

it('records an opt-in ticked at sign-up as given there, and none when left unticked', async () => {
  const ticked = await signUpCustomer(t.db, {
    email: `ticked-${Date.now()}@example.com`,
    passwordHash: 'hash',
    firstName: 'Inès',
    locale: 'en',
    consents: { email: true },
  });
  expect((await getConsents(t.db, ticked.id)).history).toEqual([
    expect.objectContaining({ channel: 'EMAIL', given: true, source: 'SIGN_UP' }),
  ]);
  // She joined on the portal, on her own.
  expect((await t.db.customer.findUniqueOrThrow({ where: { id: ticked.id } })).signUpSource).toBe(
    'ORGANIC',
  );
  const unticked = await signUpCustomer(t.db, {
    email: `unticked-${Date.now()}@example.com`,
    passwordHash: 'hash',
    firstName: 'Hugo',
    locale: 'en',
  });
  const consents = await getConsents(t.db, unticked.id);
  expect([consents.email.given, consents.sms.given, consents.history]).toEqual([false, false, []]);
});
