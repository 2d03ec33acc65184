import { type Context, createCallerFactory, customerRouter } from '@fidele/api';
import { ledgerViolations, makeApiKey, makeCustomer, makeShop } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { restClient } from './testing/rest-client.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;
let storeKey: string;
let call: ReturnType<typeof restClient>;
const createCaller = createCallerFactory(customerRouter);

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 1_000_000 });
  storeKey = await makeApiKey(t.db, { shopId: (await makeShop(t.db, { kind: 'STORE' })).id });
  call = restClient(app, () => storeKey);
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const portalOf = (customerId: string) => {
  const ctx: Context = { db: t.db, customer: { id: customerId }, response: {} };
  return createCaller(ctx);
};

/** A purchase without a customer; returns its externalId and the code printed on the receipt. */
const anonymousPurchase = async (amount: number, occurredAt = new Date()) => {
  const externalId = `T-${randomUUID()}`;
  const response = await call({
    method: 'POST',
    url: '/purchases',
    body: { externalId, amount, currency: 'EUR', occurredAt: occurredAt.toISOString() },
  });
  expect(response.status).toBe(201);
  expect(response.body.purchase.pointsEarned).toBe(0);
  return { externalId, claimCode: response.body.purchase.claimCode as string };
};

const appCodeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code;
  }
};

describe('receipt claims', () => {
  it('prints a claim code on a purchase without a customer, and gives its points once', async () => {
    const { externalId, claimCode } = await anonymousPurchase(4_200);
    expect(claimCode).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    const customer = await makeCustomer(t.db);
    const typed = `${claimCode.slice(0, 5).toLowerCase()}-${claimCode.slice(5)}`;
    const claimed = await portalOf(customer.id).receipts.claim({ code: typed });
    expect(claimed).toMatchObject({ pointsEarned: 42, pointsBalance: 42 });
    expect(await appCodeOf(portalOf(customer.id).receipts.claim({ code: claimCode }))).toBe(
      'receipt_already_claimed',
    );
    const row = await t.db.purchase.findFirstOrThrow({ where: { externalId } });
    expect(row).toMatchObject({ customerId: customer.id, pointsEarned: 42 });
    expect(row.claimedAt).not.toBeNull();
    // The same purchase resent by the till does not print a new code nor earn again.
    const resend = await call({
      method: 'POST',
      url: '/purchases',
      body: { externalId, amount: 4_200, currency: 'EUR', occurredAt: new Date().toISOString() },
    });
    expect(resend.status).toBe(200);
    expect(resend.body.purchase.claimCode).toBeUndefined();
  });

  it('lets exactly one of two customers claiming at once have the points', async () => {
    const { claimCode } = await anonymousPurchase(1_000);
    const [ann, bob] = [await makeCustomer(t.db), await makeCustomer(t.db)];
    const results = await Promise.all([
      appCodeOf(portalOf(ann.id).receipts.claim({ code: claimCode })),
      appCodeOf(portalOf(bob.id).receipts.claim({ code: claimCode })),
    ]);
    expect(results.sort()).toEqual(['ok', 'receipt_already_claimed']);
    const balances = await t.db.account.findMany({
      where: { customerId: { in: [ann.id, bob.id] } },
      select: { balance: true },
    });
    expect(balances.map((b) => b.balance).sort((a, b) => a - b)).toEqual([0, 10]);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('refuses an expired, unknown, mistyped or fully refunded receipt', async () => {
    const customer = await makeCustomer(t.db);
    const claim = (code: string) => appCodeOf(portalOf(customer.id).receipts.claim({ code }));
    const old = await anonymousPurchase(1_000, new Date(Date.now() - 31 * 86_400_000));
    expect(await claim(old.claimCode)).toBe('receipt_claim_expired');
    const refunded = await anonymousPurchase(1_000);
    await call({
      method: 'POST',
      url: `/purchases/${refunded.externalId}/refunds`,
      body: { externalId: 'R-1', amount: 1_000 },
    });
    expect(await claim(refunded.claimCode)).toBe('receipt_refunded');
    const { claimCode } = await anonymousPurchase(1_000);
    const typo = claimCode.slice(0, 9) + (claimCode.at(-1) === '2' ? '3' : '2');
    expect(await claim(typo)).toBe('claim_code_mistyped');
    expect(await claim('2222222222')).toBe('receipt_not_found');
    expect(
      (await t.db.account.findUniqueOrThrow({ where: { customerId: customer.id } })).balance,
    ).toBe(0);
  });

  it('gives only the points of the part not refunded before the claim', async () => {
    const { externalId, claimCode } = await anonymousPurchase(3_000);
    await call({
      method: 'POST',
      url: `/purchases/${externalId}/refunds`,
      body: { externalId: 'R-1', amount: 1_000 },
    });
    const customer = await makeCustomer(t.db);
    expect(await portalOf(customer.id).receipts.claim({ code: claimCode })).toMatchObject({
      pointsEarned: 20,
      pointsBalance: 20,
    });
    const rest = await call({
      method: 'POST',
      url: `/purchases/${externalId}/refunds`,
      body: { externalId: 'R-2', amount: 2_000 },
    });
    expect(rest.body.refund).toMatchObject({
      pointsClawedBack: 20,
      customer: { pointsBalance: 0 },
    });
  });
});
