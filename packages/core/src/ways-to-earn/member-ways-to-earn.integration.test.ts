import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeCustomer, makeGame, makeShop } from '../testing/index.ts';
import { getWaysToEarn } from './member-ways-to-earn.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  // The migrations' default rates are switched off: only this test's rules are in force.
  await t.db.earnRule.updateMany({ data: { archivedAt: new Date() } });
});
afterAll(() => t.drop());

const HOUR = 3_600_000;
const texts = (value: string) => ({ en: value, fr: value });
const contest = (slug: string, data: { entryPoints: number; endsAt: Date }) =>
  t.db.contest.create({
    data: {
      slug,
      titleEn: slug,
      titleFr: slug,
      textEn: 'Post',
      textFr: 'Publiez',
      rulesEn: 'Rules',
      rulesFr: 'Règlement',
      disclaimerEn: 'Not sponsored',
      disclaimerFr: 'Non sponsorisé',
      networks: ['INSTAGRAM'],
      hashtag: slug,
      startsAt: new Date(Date.now() - 48 * HOUR),
      winnerCount: 1,
      prizePoints: 500,
      ...data,
    },
  });

it('reads the rules in force with their shops’ names, and the games and contests she is shown', async () => {
  const shop = await makeShop(t.db, { kind: 'STORE', name: 'Lyon Part-Dieu' });
  await t.db.earnRule.createMany({
    data: [
      { kind: 'BASE_RATE', name: 'In shops', channels: ['STORE'], rate: 100 },
      { kind: 'BASE_RATE', name: 'Lyon double', shopIds: [shop.id], rate: 200 },
      { kind: 'BASE_RATE', name: 'Switched off', rate: 500, archivedAt: new Date() },
      { kind: 'BIRTHDAY_BONUS', name: 'Birthday', points: 100 },
    ],
  });
  const wheel = await makeGame(t.db, {
    titleEn: 'Wheel',
    prizes: [
      {
        id: 'p',
        kind: 'POINTS',
        labelEn: '40 points',
        labelFr: '40 points',
        points: 40,
        rewardId: null,
        weight: 10_000,
        stock: null,
        paced: false,
      },
    ],
  });
  await makeGame(t.db, {
    titleEn: 'Over',
    startsAt: new Date(Date.now() - 3 * HOUR),
    endsAt: new Date(Date.now() - HOUR),
  });
  await contest('summer-look', { entryPoints: 20, endsAt: new Date(Date.now() + 24 * HOUR) });
  await contest('last-month', { entryPoints: 20, endsAt: new Date(Date.now() - 24 * HOUR) });
  const customer = await makeCustomer(t.db);

  const ways = await getWaysToEarn(t.db, customer.id);

  expect(ways.purchases.map(({ name, shops, rate }) => ({ name, shops, rate }))).toEqual([
    { name: 'In shops', shops: [], rate: 100 },
    { name: 'Lyon double', shops: ['Lyon Part-Dieu'], rate: 200 },
  ]);
  expect(ways.bonuses).toMatchObject([{ kind: 'BIRTHDAY_BONUS', points: 100 }]);
  expect(ways.games).toEqual([
    { id: wheel.id, title: { en: 'Wheel', fr: 'Tournez' }, bestPrize: 40 },
  ]);
  expect(ways.contests).toEqual([
    { slug: 'summer-look', title: texts('summer-look'), entryPoints: 20, prizePoints: 500 },
  ]);
});
