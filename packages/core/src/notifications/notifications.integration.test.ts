import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerInvitation } from '../private-sales/invitations.ts';
import { createPrivateSale, inviteToPrivateSale } from '../private-sales/private-sale-admin.ts';
import { makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import { listNotifications, markNotificationsRead } from './notifications.ts';

let t: TestDatabase;
let staffUserId: string;
let shopId: string;
let tierId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  shopId = (await makeShop(t.db)).id;
  tierId = (await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } })).id;
});
afterAll(() => t.drop());

/** A sale of one place for the entry tier, with these customers invited. */
const saleFor = async (count: number) => {
  const customers = await Promise.all(Array.from({ length: count }, () => makeCustomer(t.db)));
  const sale = await t.db.$transaction(async (tx) => {
    const created = await createPrivateSale(tx, {
      data: {
        kind: 'PREVIEW',
        nameEn: 'Spring preview',
        nameFr: 'Avant-première de printemps',
        textEn: '',
        textFr: '',
        shopId,
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        capacity: 1,
        channels: [],
        tierIds: [tierId],
        segmentIds: [],
      },
      staffUserId,
      allShops: true,
    });
    await inviteToPrivateSale(tx, { id: created.id, staffUserId, allShops: true });
    return created;
  });
  const invitationOf = (customerId: string) =>
    t.db.invitation.findUniqueOrThrow({
      where: { privateSaleId_customerId: { privateSaleId: sale.id, customerId } },
    });
  return { sale, customers, invitationOf };
};

it('tells each invited customer in the portal, in the invitation statement itself', async () => {
  const { sale, customers, invitationOf } = await saleFor(2);
  const { notifications, unread } = await listNotifications(t.db, customers[0]!.id);
  expect(unread).toBe(1);
  expect(notifications).toEqual([
    expect.objectContaining({
      kind: 'INVITATION',
      read: false,
      data: {
        invitationId: (await invitationOf(customers[0]!.id)).id,
        privateSaleId: sale.id,
        nameEn: 'Spring preview',
        nameFr: 'Avant-première de printemps',
      },
    }),
  ]);
});

it('tells the first on the waitlist when a place frees up for her', async () => {
  const { customers, invitationOf } = await saleFor(2);
  const [first, second] = [customers[0]!, customers[1]!];
  const answer = async (customerId: string, accept: boolean) =>
    answerInvitation(t.db, {
      customerId,
      invitationId: (await invitationOf(customerId)).id,
      accept,
    });
  expect(await answer(first.id, true)).toEqual({ status: 'ACCEPTED' });
  expect(await answer(second.id, true)).toEqual({ status: 'WAITLISTED' });
  await answer(first.id, false);
  const { notifications } = await listNotifications(t.db, second.id);
  expect(notifications.map((n) => n.kind)).toEqual(['WAITLIST_PLACE', 'INVITATION']);
  expect((await invitationOf(second.id)).status).toBe('ACCEPTED');
});

it('marks read only her own notices, those named or all', async () => {
  const { customers } = await saleFor(2);
  const [mine, theirs] = [customers[0]!, customers[1]!];
  const theirNotice = (await listNotifications(t.db, theirs.id)).notifications[0]!;
  expect(await markNotificationsRead(t.db, { customerId: mine.id, ids: [theirNotice.id] })).toEqual(
    { marked: 0 },
  );
  expect((await listNotifications(t.db, theirs.id)).unread).toBe(1);
  expect(await markNotificationsRead(t.db, { customerId: mine.id })).toEqual({ marked: 1 });
  expect((await listNotifications(t.db, mine.id)).unread).toBe(0);
});
