import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCustomerSummary } from '../customers/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase } from '../refunds/index.ts';
import { givePoints, makeCustomer, makeShop } from '../testing/index.ts';
import { countSegment, isSegmentMember, listSegmentMembers } from './members.ts';
import type { SegmentCondition, SegmentRule } from './rule.ts';

let t: TestDatabase;
let store: string;
let eshop: string;
let silver: string;
const people: Record<string, string> = {};
const DAY = 86_400_000;
let purchaseNo = 0;

const buy = async (customerName: string, shopId: string, euros: number, daysAgo: number) => {
  const externalId = `SEG-${++purchaseNo}`;
  await recordPurchase(t.db, {
    shopId,
    channel: shopId === eshop ? 'ESHOP' : 'STORE',
    externalId,
    customer: await getCustomerSummary(t.db, people[customerName]!),
    amount: euros * 100,
    currency: 'EUR',
    occurredAt: new Date(Date.now() - daysAgo * DAY),
  });
  return externalId;
};

beforeAll(async () => {
  t = await createTestDatabase();
  store = (await makeShop(t.db, { kind: 'STORE' })).id;
  eshop = (await makeShop(t.db, { kind: 'ESHOP' })).id;
  silver = (
    await t.db.tier.create({
      data: { code: 'SILVER', name: 'Silver', rank: 1, threshold: 100_000 },
    })
  ).id;
  // Ana: store regular, consents to email. Ben: e-shop only, lapsed. Chloé: never bought, Silver.
  people.ana = (
    await makeCustomer(t.db, { firstName: 'Ana', homeShopId: store, consents: { email: true } })
  ).id;
  people.ben = (await makeCustomer(t.db, { firstName: 'Ben' })).id;
  people.chloe = (await makeCustomer(t.db, { firstName: 'Chloé', consents: { sms: true } })).id;
  await t.db.customer.update({ where: { id: people.chloe }, data: { tierId: silver } });
  await buy('ana', store, 120, 3);
  await buy('ana', eshop, 30, 20);
  const refunded = await buy('ben', eshop, 200, 200);
  await t.db.$transaction((tx) =>
    refundPurchase(tx, {
      shopId: eshop,
      purchaseExternalId: refunded,
      refund: { externalId: 'R-1', amount: 5_000 },
      channel: 'ESHOP',
    }),
  );
  await givePoints(t.db, people.chloe, 500);
});
afterAll(() => t.drop());

const only = (condition: SegmentCondition): SegmentRule => ({
  combinator: 'and',
  rules: [condition],
});

const members = async (rule: SegmentRule) => {
  const list = await listSegmentMembers(t.db, rule, { take: 100 });
  const names = list.map((m) => m.firstName).sort();
  expect(await countSegment(t.db, rule)).toBe(names.length);
  return names;
};

describe('segments', () => {
  it.each<[string, SegmentCondition, string[]]>([
    ['tier', { field: 'tier', tierIds: [] }, ['Chloé']],
    [
      'balance',
      { field: 'pointsBalance', compare: { op: 'gte', value: 150 } },
      ['Ana', 'Ben', 'Chloé'],
    ],
    [
      'balance between',
      { field: 'pointsBalance', compare: { op: 'between', min: 100, max: 160 } },
      ['Ana', 'Ben'],
    ],
    // Points are earned when the purchase is recorded (here, today), whatever its own date.
    [
      'points earned lately',
      { field: 'pointsEarned', days: 30, compare: { op: 'gte', value: 100 } },
      ['Ana', 'Ben'],
    ],
    [
      'points earned over a year, net of refunds',
      { field: 'pointsEarned', days: 365, compare: { op: 'gte', value: 151 } },
      [],
    ],
    [
      'spend over a year, net of refunds',
      { field: 'amountSpent', days: 365, compare: { op: 'gte', value: 15_000 } },
      ['Ana', 'Ben'],
    ],
    ['bought within 30 days', { field: 'lastPurchase', when: 'within', days: 30 }, ['Ana']],
    [
      'not within 90 days',
      { field: 'lastPurchase', when: 'notWithin', days: 90 },
      ['Ben', 'Chloé'],
    ],
    ['never bought', { field: 'lastPurchase', when: 'never' }, ['Chloé']],
    [
      'any of the channels',
      { field: 'channelsUsed', match: 'any', channels: ['ESHOP'] },
      ['Ana', 'Ben'],
    ],
    [
      'all of the channels',
      { field: 'channelsUsed', match: 'all', channels: ['ESHOP', 'STORE'] },
      ['Ana'],
    ],
    [
      'none of the channels',
      { field: 'channelsUsed', match: 'none', channels: ['STORE'] },
      ['Ben', 'Chloé'],
    ],
    ['home shop', { field: 'homeShop', shopIds: [] }, ['Ana']],
    ['email consent', { field: 'consent', channel: 'email', given: true }, ['Ana']],
    ['no sms consent', { field: 'consent', channel: 'sms', given: false }, ['Ana', 'Ben']],
    [
      'signed up before tomorrow',
      { field: 'signupDate', before: new Date(Date.now() + DAY) },
      ['Ana', 'Ben', 'Chloé'],
    ],
    ['signed up after tomorrow', { field: 'signupDate', after: new Date(Date.now() + DAY) }, []],
  ])('selects by %s', async (_, condition, expected) => {
    const filled =
      condition.field === 'tier'
        ? { ...condition, tierIds: [silver] }
        : condition.field === 'homeShop'
          ? { ...condition, shopIds: [store] }
          : condition;
    expect(await members(only(filled))).toEqual(expected);
  });

  it('combines conditions with AND and OR, in nested groups', async () => {
    const rule: SegmentRule = {
      combinator: 'or',
      rules: [
        { field: 'lastPurchase', when: 'never' },
        {
          combinator: 'and',
          rules: [
            { field: 'channelsUsed', match: 'any', channels: ['ESHOP'] },
            { field: 'lastPurchase', when: 'notWithin', days: 90 },
          ],
        },
      ],
    };
    expect(await members(rule)).toEqual(['Ben', 'Chloé']);
    expect(await isSegmentMember(t.db, rule, people.ben!)).toBe(true);
    expect(await isSegmentMember(t.db, rule, people.ana!)).toBe(false);
  });

  it('pages members in a stable order', async () => {
    const rule = only({ field: 'pointsBalance', compare: { op: 'gte', value: 0 } });
    const first = await listSegmentMembers(t.db, rule, { take: 2 });
    const rest = await listSegmentMembers(t.db, rule, { take: 2, after: first.at(-1)!.id });
    expect([...first, ...rest].map((m) => m.id)).toEqual(
      [people.ana, people.ben, people.chloe].sort(),
    );
  });
});
