import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import { answerInvitation } from './invitations.ts';
import { createPrivateSale, inviteToPrivateSale } from './private-sale-admin.ts';
import { remindTomorrowsGuests } from './reminders.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// 10:00 in Paris on Tuesday 8 December 2026; "tomorrow" is Wednesday the 9th, Paris time.
const NOW = new Date('2026-12-08T09:00:00Z');

const saleStarting = async (startsAt: Date, channels: ('EMAIL' | 'SMS')[]) => {
  const staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  const shopId = (await makeShop(t.db)).id;
  const tierId = (await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } })).id;
  return t.db.$transaction(async (tx) => {
    const sale = await createPrivateSale(tx, {
      data: {
        kind: 'WORKSHOP',
        nameEn: `Workshop ${startsAt.toISOString()}`,
        nameFr: `Atelier ${startsAt.toISOString()}`,
        textEn: '',
        textFr: '',
        shopId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        capacity: 10,
        channels,
        tierIds: [tierId],
        segmentIds: [],
      },
      staffUserId,
      allShops: true,
    });
    await inviteToPrivateSale(tx, { id: sale.id, staffUserId, allShops: true, now: NOW });
    return sale.id;
  });
};

it('reminds those who accepted an event of tomorrow (Paris days), in the portal and on its channels, once', async () => {
  const coming = await makeCustomer(t.db, { phone: '+33633333333' });
  const declined = await makeCustomer(t.db);
  // 23:30 on the 9th in Paris is still "tomorrow"; 00:30 on the 10th is not.
  const tomorrow = await saleStarting(new Date('2026-12-09T22:30:00Z'), ['EMAIL', 'SMS']);
  const later = await saleStarting(new Date('2026-12-09T23:30:00Z'), ['EMAIL']);
  const answer = async (saleId: string, customerId: string, accept: boolean) => {
    const invitation = await t.db.invitation.findFirstOrThrow({
      where: { privateSaleId: saleId, customerId },
    });
    await answerInvitation(t.db, { customerId, invitationId: invitation.id, accept, now: NOW });
  };
  await answer(tomorrow, coming.id, true);
  await answer(tomorrow, declined.id, false);
  await answer(later, coming.id, true);

  expect(await remindTomorrowsGuests(t.db, NOW)).toEqual({ reminded: 1, messages: 2 });
  // Service messages: sent without marketing consent (she has none).
  expect(
    await t.db.message.findMany({
      where: { customerId: coming.id, kind: 'INVITATION_REMINDER' },
      select: { channel: true, status: true, marketing: true },
      orderBy: { channel: 'asc' },
    }),
  ).toEqual([
    { channel: 'EMAIL', status: 'QUEUED', marketing: false },
    { channel: 'SMS', status: 'QUEUED', marketing: false },
  ]);
  expect(
    await t.db.notification.count({
      where: { customerId: coming.id, kind: 'INVITATION_REMINDER' },
    }),
  ).toBe(1);
  expect(
    await t.db.notification.count({
      where: { customerId: declined.id, kind: 'INVITATION_REMINDER' },
    }),
  ).toBe(0);

  expect(await remindTomorrowsGuests(t.db, NOW)).toEqual({ reminded: 0, messages: 0 });
});
