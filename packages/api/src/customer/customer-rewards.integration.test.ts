import { customerOfCardToken } from '@fidele/core/customers';
import { givePoints, makeCustomer, makeReward } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerFactory, type Context } from '../trpc.ts';
import { customerRouter } from './index.ts';

let t: TestDatabase;
const createCaller = createCallerFactory(customerRouter);
const callerFor = (customer: { id: string }) => {
  const ctx: Context = { db: t.db, customer, response: {} };
  return createCaller(ctx);
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const memberWith = async (points: number) => {
  const customer = await makeCustomer(t.db);
  if (points) await givePoints(t.db, customer.id, points);
  return callerFor(customer);
};

describe('customer rewards, codes and card', () => {
  it('spends points on a reward and shows the new code as active', async () => {
    const reward = await makeReward(t.db, { pointsCost: 100 });
    const caller = await memberWith(250);

    const catalog = await caller.rewards.catalog();
    expect(catalog.find((item) => item.id === reward.id)).toMatchObject({
      pointsCost: 100,
      pointsMissing: 0,
      tierAllows: true,
      discount: { type: 'FIXED_AMOUNT', amount: 1_000, channels: 'BOTH' },
    });

    const code = await caller.rewards.claim({ rewardId: reward.id });
    expect(code.code).toMatch(/^[2-9A-Z]{14}$/);
    expect(code.formatted).toBe(code.code.match(/.{1,4}/g)?.join('-'));
    expect(code.validUntil.getTime()).toBeGreaterThan(Date.now());
    expect((await caller.me()).pointsBalance).toBe(150);

    const active = await caller.codes.list({ view: 'active' });
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({
      code: code.code,
      formatted: code.formatted,
      status: 'ACTIVE',
      expired: false,
      name: { en: '10 € off' },
    });
    expect(await caller.codes.list({ view: 'history' })).toEqual([]);
  });

  it('refuses a claim without enough points and changes nothing', async () => {
    const reward = await makeReward(t.db, { pointsCost: 500, stock: 3 });
    const caller = await memberWith(120);

    await expect(caller.rewards.claim({ rewardId: reward.id })).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      cause: { code: 'insufficient_points' },
    });
    expect((await caller.me()).pointsBalance).toBe(120);
    expect(await caller.codes.list({ view: 'active' })).toEqual([]);
    const { stock } = await t.db.reward.findUniqueOrThrow({ where: { id: reward.id } });
    expect(stock).toBe(3);
    const catalog = await caller.rewards.catalog();
    expect(catalog.find((item) => item.id === reward.id)?.pointsMissing).toBe(380);
  });

  it('says a reward is out of stock as a conflict', async () => {
    const reward = await makeReward(t.db, { pointsCost: 10, stock: 0 });
    const caller = await memberWith(50);
    await expect(caller.rewards.claim({ rewardId: reward.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'reward_out_of_stock' },
    });
    expect((await caller.me()).pointsBalance).toBe(50);
  });

  it('refuses an invalid reward id as a bad request', async () => {
    const caller = await memberWith(0);
    await expect(caller.rewards.claim({ rewardId: 'nope' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('shows the rotating card token that tills accept', async () => {
    const customer = await makeCustomer(t.db);
    const card = await callerFor(customer).card.current();
    expect(card.token).toMatch(new RegExp(`^FDL:${customer.memberCode}:\\d{8}$`));
    expect(card.refreshAt.getTime()).toBeGreaterThan(Date.now());
    expect(card.refreshAt.getTime() - Date.now()).toBeLessThanOrEqual(30_000);
    expect(await customerOfCardToken(t.db, card.token)).toMatchObject({
      id: customer.id,
      memberCode: customer.memberCode,
    });
  });
});
