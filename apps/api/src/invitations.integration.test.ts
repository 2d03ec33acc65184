import { makeApiKey, makeCustomer, makeShop, makeStaffUser } from '@fidele/core/testing';
import { createPrivateSale, inviteToPrivateSale } from '@fidele/core/private-sales';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let parisKey: string;
let lyonKey: string;
let parisId: string;
let staffUserId: string;
let gold: string;
let call: ReturnType<typeof restClient>;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  parisId = (await makeShop(t.db, { kind: 'STORE', name: 'Paris' })).id;
  parisKey = await makeApiKey(t.db, { shopId: parisId });
  lyonKey = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'STORE' })).id });
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  gold = (
    await t.db.tier.create({ data: { code: 'GOLD', name: 'Gold', rank: 1, threshold: 1_000 } })
  ).id;
  call = restClient(app, () => parisKey);
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const HOUR = 3_600_000;

/** A Gold customer invited to a sale in Paris giving 25 points for coming, open now unless said otherwise. */
const invitation = async (dates = { from: -HOUR, to: 2 * HOUR }) => {
  const customer = await makeCustomer(t.db, { firstName: 'Camille' });
  await t.db.customer.update({ where: { id: customer.id }, data: { tierId: gold } });
  const sale = await t.db.$transaction(async (tx) => {
    const created = await createPrivateSale(tx, {
      data: {
        kind: 'PRIVATE_SALE',
        nameEn: 'Winter private sale',
        nameFr: "Vente privée d'hiver",
        textEn: '',
        textFr: '',
        shopId: parisId,
        startsAt: new Date(Date.now() + dates.from),
        endsAt: new Date(Date.now() + dates.to),
        capacity: 10,
        checkInPoints: 25,
        channels: ['EMAIL'],
        tierIds: [gold],
        segmentIds: [],
      },
      staffUserId,
      allShops: true,
    });
    await inviteToPrivateSale(tx, { id: created.id, staffUserId, allShops: true });
    return created;
  });
  const { code, id } = await t.db.invitation.findFirstOrThrow({
    where: { privateSaleId: sale.id, customerId: customer.id },
  });
  return { code, id, saleId: sale.id, customerId: customer.id };
};

const checkIn = (body: unknown, key = parisKey, headers = {}) =>
  call({ method: 'POST', url: '/invitations/check-in', key, headers, body });

describe('POST /invitations/check-in', () => {
  it('checks the invitation in with 200, then answers 409 already_checked_in with the first time', async () => {
    const { code, id, saleId, customerId } = await invitation();
    const first = await checkIn({ code });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      invitation: {
        id,
        status: 'CHECKED_IN',
        checkedInAt: expect.any(String),
        privateSale: { id: saleId, name: 'Winter private sale' },
        customer: { firstName: 'Camille', tier: { code: 'GOLD', name: 'Gold' } },
        pointsEarned: 25,
      },
    });
    expect((await t.db.account.findFirstOrThrow({ where: { customerId } })).balance).toBe(25);
    const again = await checkIn({ code });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_checked_in');
    expect(again.body.error.message).toContain(first.body.invitation.checkedInAt);
  });

  it('answers 404, 422 for another shop or outside the hours, 400 without a code', async () => {
    expect(await checkIn({ code: 'INV-000000000000' })).toMatchObject({
      status: 404,
      body: { error: { code: 'invitation_not_found' } },
    });
    const { code } = await invitation();
    expect(await checkIn({ code }, lyonKey)).toMatchObject({
      status: 422,
      body: { error: { code: 'invitation_not_for_this_shop' } },
    });
    const later = await invitation({ from: HOUR, to: 2 * HOUR });
    expect(await checkIn({ code: later.code })).toMatchObject({
      status: 422,
      body: { error: { code: 'private_sale_not_open' } },
    });
    expect(await checkIn({})).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_request' } },
    });
  });

  it('replays the first answer under its Idempotency-Key, and checks in once', async () => {
    const { code } = await invitation();
    const headers = { 'idempotency-key': `check-in-${code}` };
    const first = await checkIn({ code }, parisKey, headers);
    const retry = await checkIn({ code }, parisKey, headers);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });

  it('checks one code in once when many tills scan it at once', async () => {
    const { code } = await invitation();
    const answers = await Promise.all(Array.from({ length: 20 }, () => checkIn({ code })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
  });
});
