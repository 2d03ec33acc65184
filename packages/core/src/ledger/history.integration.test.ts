import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import type { Channel } from '@fidele/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../testing/index.ts';
import { listHistoryPage, recordMovement } from './index.ts';

let t: TestDatabase;
let customerId: string;
let otherId: string;
const CHANNELS: Channel[] = ['STORE', 'ESHOP', 'APP'];

/** Every page of the history, `take` at a time, following the cursors. */
const allPages = async (take: number, channel?: Channel) => {
  const pages = [];
  let cursor: string | undefined;
  do {
    const page = await listHistoryPage(t.db, { customerId, channel, cursor, take });
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
};

beforeAll(async () => {
  t = await createTestDatabase();
  customerId = (await makeCustomer(t.db)).id;
  otherId = (await makeCustomer(t.db)).id;
  // 25 movements in one transaction share one timestamp; another customer's come between them.
  await t.db.$transaction(async (tx) => {
    for (let i = 1; i <= 25; i++)
      for (const id of [customerId, otherId])
        await recordMovement(tx, {
          customerId: id,
          type: 'ADJUST',
          channel: CHANNELS[i % 3]!,
          points: i,
          source: { type: 'TEST' },
        });
  });
}, 60_000);
afterAll(() => t.drop());

describe("a customer's history, a page at a time", () => {
  it('lists every movement once, newest first, whatever the page size', async () => {
    const whole = await listHistoryPage(t.db, { customerId, take: 100 });
    expect(whole.nextCursor).toBeNull();
    expect(whole.items.map((m) => m.points)).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
    expect(new Set(whole.items.map((m) => m.createdAt.getTime())).size).toBe(1);
    for (const take of [1, 2, 7, 24, 25]) {
      const pages = await allPages(take);
      expect(pages.flatMap((page) => page.items)).toEqual(whole.items);
      expect(pages).toHaveLength(Math.ceil(25 / take));
      expect(pages.slice(0, -1).every((page) => page.items.length === take)).toBe(true);
    }
  });

  it('pages through one channel the same way', async () => {
    const store = (await listHistoryPage(t.db, { customerId, channel: 'STORE', take: 100 })).items;
    expect(store.map((m) => m.points)).toEqual([24, 21, 18, 15, 12, 9, 6, 3]);
    expect((await allPages(3, 'STORE')).flatMap((page) => page.items)).toEqual(store);
  });

  it('keeps the balance after each movement', async () => {
    const { items } = await listHistoryPage(t.db, { customerId, take: 3 });
    expect(items.map((m) => m.balanceAfter)).toEqual([325, 300, 276]);
    expect(items.every((m) => m.purchase === null && m.pendingUntil === null)).toBe(true);
  });

  it('goes on where it stopped when newer movements arrive meanwhile', async () => {
    const first = await listHistoryPage(t.db, { customerId: otherId, take: 10 });
    await t.db.$transaction((tx) =>
      recordMovement(tx, {
        customerId: otherId,
        type: 'ADJUST',
        channel: 'ADMIN',
        points: 100,
        source: { type: 'TEST' },
      }),
    );
    const second = await listHistoryPage(t.db, {
      customerId: otherId,
      cursor: first.nextCursor!,
      take: 10,
    });
    expect(second.items.map((m) => m.points)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
  });

  it("reads nothing after another customer's movement", async () => {
    const other = await listHistoryPage(t.db, { customerId: otherId, take: 1 });
    const page = await listHistoryPage(t.db, { customerId, cursor: other.items[0]!.id });
    expect(page).toEqual({ items: [], nextCursor: null });
  });
});
