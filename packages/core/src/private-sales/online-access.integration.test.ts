import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import { answerInvitation } from './invitations.ts';
import { openOnlineAccess } from './online-access.ts';
import { createPrivateSale, inviteToPrivateSale } from './private-sale-admin.ts';

let t: TestDatabase;
let staffUserId: string;
let tierId: string;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  tierId = (await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } })).id;
});
afterAll(() => t.drop());

/** An event with one invited customer, who accepts unless told not to. */
const event = async (options: { shopId?: string; discountPercent?: number; accept?: boolean }) => {
  const customer = await makeCustomer(t.db);
  const startsAt = new Date(Date.now() + HOUR);
  const endsAt = new Date(Date.now() + 5 * HOUR);
  const sale = await t.db.$transaction(async (tx) => {
    const created = await createPrivateSale(tx, {
      data: {
        kind: 'PRIVATE_SALE',
        nameEn: 'Online private sale',
        nameFr: 'Vente privée en ligne',
        textEn: '',
        textFr: '',
        shopId: options.shopId ?? null,
        startsAt,
        endsAt,
        capacity: 100,
        channels: [],
        discountPercent: options.discountPercent ?? null,
        tierIds: [tierId],
        segmentIds: [],
      },
      staffUserId,
      allShops: true,
    });
    await inviteToPrivateSale(tx, { id: created.id, staffUserId, allShops: true });
    return created;
  });
  const invitation = await t.db.invitation.findFirstOrThrow({
    where: { privateSaleId: sale.id, customerId: customer.id },
  });
  if (options.accept !== false)
    await answerInvitation(t.db, {
      customerId: customer.id,
      invitationId: invitation.id,
      accept: true,
    });
  const open = (customerId = customer.id) =>
    t.db.$transaction((tx) => openOnlineAccess(tx, { customerId, invitationId: invitation.id }));
  return { customer, invitation, startsAt, endsAt, open };
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code?: string }) => error.code,
  );

describe('an online private sale’s access', () => {
  it('gives a guest her own code, online only and only during the event, once however often she opens it', async () => {
    const { customer, startsAt, endsAt, open } = await event({ discountPercent: 30 });
    const [first, second] = await Promise.all([open(), open()]);
    expect(first!.code).toEqual({
      code: expect.any(String),
      discountPercent: 30,
      validFrom: startsAt,
      validUntil: endsAt,
    });
    expect(second!.code!.code).toBe(first!.code!.code);
    expect((await open()).code!.code).toBe(first!.code!.code);
    expect(
      await t.db.discountCode.findMany({
        where: { customerId: customer.id },
        select: { discountType: true, discountValue: true, channels: true, validFrom: true },
      }),
    ).toEqual([
      { discountType: 'PERCENTAGE', discountValue: 30, channels: 'ONLINE', validFrom: startsAt },
    ]);
    expect(first!.privateSale).toMatchObject({ nameEn: 'Online private sale', phase: 'scheduled' });
  });

  it('admits without a code when the event has no discount', async () => {
    expect((await (await event({})).open()).code).toBeNull();
  });

  it('admits nobody else: not accepted, someone else, an event in a shop', async () => {
    const unanswered = await event({ discountPercent: 20, accept: false });
    expect(await refusal(unanswered.open())).toBe('invitation_not_accepted');
    const stranger = await makeCustomer(t.db);
    expect(await refusal(unanswered.open(stranger.id))).toBe('invitation_not_found');
    const inShop = await event({ shopId: (await makeShop(t.db)).id });
    expect(await refusal(inShop.open())).toBe('private_sale_not_online');
    expect(await t.db.discountCode.count({ where: { customerId: unanswered.customer.id } })).toBe(
      0,
    );
  });
});
