import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givePoints, makeCustomer, makeShop, makeStaffUser } from '../testing/index.ts';
import { checkInInvitation } from './check-in.ts';
import { answerInvitation, lapseWaitlistOffers, listCustomerInvitations } from './invitations.ts';
import {
  createPrivateSale,
  getPrivateSale,
  inviteToPrivateSale,
  listPrivateSalesForAdmin,
  type PrivateSaleData,
  updatePrivateSale,
} from './private-sale-admin.ts';

let t: TestDatabase;
let shopId: string;
let otherShopId: string;
let staffUserId: string;
let entryTierId: string;
let goldTierId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  shopId = (await makeShop(t.db, { name: 'Paris Marais' })).id;
  otherShopId = (await makeShop(t.db, { name: 'Lyon' })).id;
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  entryTierId = (await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } })).id;
  goldTierId = (
    await t.db.tier.create({ data: { code: 'GOLD', name: 'Gold', rank: 2, threshold: 1_000 } })
  ).id;
});
afterAll(() => t.drop());

const HOUR = 3_600_000;

const saleData = (overrides: Partial<PrivateSaleData> = {}): PrivateSaleData => ({
  kind: 'PRIVATE_SALE',
  nameEn: 'Winter private sale',
  nameFr: "Vente privée d'hiver",
  textEn: '',
  textFr: '',
  shopId,
  startsAt: new Date(Date.now() - HOUR),
  endsAt: new Date(Date.now() + 2 * HOUR),
  capacity: 2,
  channels: ['EMAIL'],
  tierIds: [goldTierId],
  segmentIds: [],
  ...overrides,
});

const newSale = (overrides: Partial<PrivateSaleData> = {}) =>
  t.db.$transaction((tx) =>
    createPrivateSale(tx, { data: saleData(overrides), staffUserId, allShops: true }),
  );

const goldCustomer = async () => {
  const customer = await makeCustomer(t.db);
  await t.db.customer.update({ where: { id: customer.id }, data: { tierId: goldTierId } });
  return customer;
};

/** A sale with `count` Gold customers invited, and their invitations. */
const invited = async (count: number, overrides: Partial<PrivateSaleData> = {}) => {
  const sale = await newSale(overrides);
  const customers = await Promise.all(Array.from({ length: count }, () => goldCustomer()));
  await t.db.$transaction((tx) =>
    inviteToPrivateSale(tx, { id: sale.id, staffUserId, allShops: true }),
  );
  const invitations = await t.db.invitation.findMany({
    where: { privateSaleId: sale.id, customerId: { in: customers.map((c) => c.id) } },
  });
  const of = (customerId: string) => invitations.find((i) => i.customerId === customerId)!;
  return { sale, customers, invitations: customers.map((c) => of(c.id)) };
};

const checkIn = (code: string, shop = shopId, at?: Date) =>
  checkInInvitation(t.db, { code, shopId: shop, at }, { status: 200 });

describe('inviting', () => {
  it('invites the targeted tiers only, once each, with a personal code', async () => {
    const sale = await newSale();
    const gold = await goldCustomer();
    const entry = await makeCustomer(t.db);
    const first = await t.db.$transaction((tx) =>
      inviteToPrivateSale(tx, { id: sale.id, staffUserId, allShops: true }),
    );
    expect(first.invited).toBeGreaterThanOrEqual(1);
    const again = await t.db.$transaction((tx) =>
      inviteToPrivateSale(tx, { id: sale.id, staffUserId, allShops: true }),
    );
    expect(again.invited).toBe(0);
    const invitations = await t.db.invitation.findMany({ where: { privateSaleId: sale.id } });
    expect(invitations.some((i) => i.customerId === gold.id)).toBe(true);
    expect(invitations.some((i) => i.customerId === entry.id)).toBe(false);
    for (const invitation of invitations) expect(invitation.code).toMatch(/^INV-[0-9A-F]{12}$/);
    expect(new Set(invitations.map((i) => i.code)).size).toBe(invitations.length);
    expect(entryTierId).not.toBe(goldTierId);
  });

  it('refuses a capacity below the places already taken', async () => {
    const { sale, customers, invitations } = await invited(2);
    for (const [i, customer] of customers.entries())
      await answerInvitation(t.db, {
        customerId: customer.id,
        invitationId: invitations[i]!.id,
        accept: true,
      });
    await expect(
      t.db.$transaction((tx) =>
        updatePrivateSale(tx, {
          id: sale.id,
          data: saleData({ capacity: 1 }),
          staffUserId,
          allShops: true,
        }),
      ),
    ).rejects.toMatchObject({ code: 'private_sale_capacity_below_places' });
  });
});

describe('answering', () => {
  it('accepts while places are left, then waitlists, and a declined place goes to the first waiting', async () => {
    const { sale, customers, invitations } = await invited(4);
    const answer = (i: number, accept: boolean) =>
      answerInvitation(t.db, {
        customerId: customers[i]!.id,
        invitationId: invitations[i]!.id,
        accept,
      });
    expect(await answer(0, true)).toEqual({ status: 'ACCEPTED' });
    expect(await answer(1, true)).toEqual({ status: 'ACCEPTED' });
    expect(await answer(2, true)).toEqual({ status: 'WAITLISTED' });
    expect(await answer(3, true)).toEqual({ status: 'WAITLISTED' });
    expect(await answer(0, false)).toEqual({ status: 'DECLINED' });
    const statuses = await t.db.invitation.findMany({
      where: { privateSaleId: sale.id },
      select: { customerId: true, status: true },
    });
    const statusOf = (i: number) => statuses.find((s) => s.customerId === customers[i]!.id)!.status;
    expect([0, 1, 2, 3].map(statusOf)).toEqual(['DECLINED', 'ACCEPTED', 'ACCEPTED', 'WAITLISTED']);
    expect((await getPrivateSale(t.db, sale.id, { staffUserId, allShops: true })).placesTaken).toBe(
      2,
    );
    expect(await answer(1, false)).toEqual({ status: 'DECLINED' });
    expect(statusOf(3)).toBe('WAITLISTED');
    expect(
      (await t.db.invitation.findFirstOrThrow({ where: { id: invitations[3]!.id } })).status,
    ).toBe('ACCEPTED');
  });

  it('offers a freed place to the first waiting for the event’s hours: confirmed it stays, else it passes on', async () => {
    const { sale, customers, invitations } = await invited(4, {
      capacity: 1,
      waitlistOfferHours: 2,
      channels: ['EMAIL'],
      endsAt: new Date(Date.now() + 48 * HOUR),
    });
    const start = new Date();
    const at = (hours: number) => new Date(start.getTime() + hours * 3_600_000);
    const answer = (i: number, accept: boolean, now = start) =>
      answerInvitation(t.db, {
        customerId: customers[i]!.id,
        invitationId: invitations[i]!.id,
        accept,
        now,
      });
    const row = (i: number) =>
      t.db.invitation.findUniqueOrThrow({
        where: { id: invitations[i]!.id },
        select: { status: true, offerExpiresAt: true },
      });
    expect(await answer(0, true)).toEqual({ status: 'ACCEPTED' });
    // In this order on the waitlist.
    for (const i of [1, 2, 3])
      expect(await answer(i, true, at(i / 10))).toEqual({ status: 'WAITLISTED' });

    // She gives her place up: the first waiting has two hours to confirm it, and is told.
    await answer(0, false, at(1));
    expect(await row(1)).toEqual({ status: 'ACCEPTED', offerExpiresAt: at(3) });
    const told = await t.db.message.findFirstOrThrow({
      where: { invitationId: invitations[1]!.id, kind: 'WAITLIST_PLACE' },
    });
    expect(told).toMatchObject({ marketing: false, channel: 'EMAIL' });
    expect((told.data as { offerExpiresAt: string }).offerExpiresAt).toBeTruthy();

    // Nobody confirms in time: the job passes it on, once, to the next in line.
    expect(await lapseWaitlistOffers(t.db, at(2.9))).toBe(0);
    expect(await lapseWaitlistOffers(t.db, at(3))).toBe(1);
    expect(await row(1)).toEqual({ status: 'LAPSED', offerExpiresAt: null });
    expect(await row(2)).toEqual({ status: 'ACCEPTED', offerExpiresAt: at(5) });

    // The next confirms in time and keeps it; the place is still counted once.
    expect(await answer(2, true, at(4))).toEqual({ status: 'ACCEPTED' });
    expect(await row(2)).toEqual({ status: 'ACCEPTED', offerExpiresAt: null });
    expect(await lapseWaitlistOffers(t.db, at(10))).toBe(0);
    expect((await getPrivateSale(t.db, sale.id, { staffUserId, allShops: true })).placesTaken).toBe(
      1,
    );

    // She gives it up too; the last one answers too late: it lapses at once and frees the place.
    await answer(2, false, at(5));
    expect(await row(3)).toMatchObject({ status: 'ACCEPTED', offerExpiresAt: at(7) });
    expect(await answer(3, true, at(8))).toEqual({ status: 'LAPSED' });
    expect((await getPrivateSale(t.db, sale.id, { staffUserId, allShops: true })).placesTaken).toBe(
      0,
    );
    // Accepting again takes the free place.
    expect(await answer(1, true, at(9))).toEqual({ status: 'ACCEPTED' });
  });

  it('never passes the capacity under 50 concurrent acceptances', async () => {
    const { sale, customers, invitations } = await invited(50, { capacity: 7 });
    const answers = await Promise.all(
      customers.map((customer, i) =>
        answerInvitation(t.db, {
          customerId: customer.id,
          invitationId: invitations[i]!.id,
          accept: true,
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 'ACCEPTED')).toHaveLength(7);
    expect(answers.filter((a) => a.status === 'WAITLISTED')).toHaveLength(43);
    const row = await getPrivateSale(t.db, sale.id, { staffUserId, allShops: true });
    expect(row.placesTaken).toBe(7);
    expect(row.invitations.ACCEPTED).toBe(7);
  });

  it("does not let a customer answer someone else's invitation", async () => {
    const { invitations } = await invited(1);
    const stranger = await goldCustomer();
    await expect(
      answerInvitation(t.db, {
        customerId: stranger.id,
        invitationId: invitations[0]!.id,
        accept: true,
      }),
    ).rejects.toMatchObject({ code: 'invitation_not_found' });
  });

  it('refuses an answer once the event is over, and inviting to it', async () => {
    const { sale, customers, invitations } = await invited(1);
    await t.db.privateSale.update({
      where: { id: sale.id },
      data: { startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) },
    });
    await expect(
      t.db.$transaction((tx) =>
        inviteToPrivateSale(tx, { id: sale.id, staffUserId, allShops: true }),
      ),
    ).rejects.toMatchObject({ code: 'private_sale_over' });
    await expect(
      answerInvitation(t.db, {
        customerId: customers[0]!.id,
        invitationId: invitations[0]!.id,
        accept: true,
      }),
    ).rejects.toMatchObject({ code: 'private_sale_over' });
  });

  it("lists the customer's invitations with the event", async () => {
    const { customers, invitations } = await invited(1);
    const listed = await listCustomerInvitations(t.db, customers[0]!.id);
    expect(listed).toEqual([
      expect.objectContaining({
        id: invitations[0]!.id,
        code: invitations[0]!.code,
        status: 'INVITED',
        privateSale: expect.objectContaining({ phase: 'live', full: false }),
      }),
    ]);
  });
});

describe('checking in at the till', () => {
  it('checks an accepted invitation in once, with the event and the customer', async () => {
    const { sale, customers, invitations } = await invited(1);
    await answerInvitation(t.db, {
      customerId: customers[0]!.id,
      invitationId: invitations[0]!.id,
      accept: true,
    });
    const first = await checkIn(invitations[0]!.code.toLowerCase());
    expect(first.body.invitation).toMatchObject({
      id: invitations[0]!.id,
      status: 'CHECKED_IN',
      privateSale: { id: sale.id, name: 'Winter private sale' },
      customer: { firstName: 'Test', tier: { code: expect.any(String) } },
    });
    const again = checkIn(invitations[0]!.code);
    await expect(again).rejects.toMatchObject({ code: 'already_checked_in' });
    await expect(again).rejects.toMatchObject({
      message: expect.stringContaining(first.body.invitation.checkedInAt),
    });
    expect((await getPrivateSale(t.db, sale.id, { staffUserId, allShops: true })).placesTaken).toBe(
      1,
    );
  });

  it('checks the same code in once when two tills scan it at once', async () => {
    const { invitations } = await invited(1);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => checkIn(invitations[0]!.code)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'already_checked_in' });
  });

  it('refuses an unknown code, another shop, an event not open, and a full event', async () => {
    await expect(checkIn('INV-000000000000')).rejects.toMatchObject({
      code: 'invitation_not_found',
    });
    const { invitations } = await invited(3, { capacity: 1 });
    await expect(checkIn(invitations[0]!.code, otherShopId)).rejects.toMatchObject({
      code: 'invitation_not_for_this_shop',
    });
    await expect(
      checkIn(invitations[0]!.code, shopId, new Date(Date.now() + 3 * HOUR)),
    ).rejects.toMatchObject({ code: 'private_sale_not_open' });
    await checkIn(invitations[0]!.code);
    await expect(checkIn(invitations[1]!.code)).rejects.toMatchObject({
      code: 'private_sale_full',
    });
    const online = await invited(1, { shopId: null });
    await expect(checkIn(online.invitations[0]!.code)).rejects.toMatchObject({
      code: 'invitation_not_for_this_shop',
    });
  });

  it('never passes the capacity when walk-ins and acceptances race', async () => {
    const { sale, customers, invitations } = await invited(40, { capacity: 5 });
    await Promise.allSettled(
      customers.map((customer, i) =>
        i % 2
          ? checkIn(invitations[i]!.code)
          : answerInvitation(t.db, {
              customerId: customer.id,
              invitationId: invitations[i]!.id,
              accept: true,
            }),
      ),
    );
    const row = await getPrivateSale(t.db, sale.id, { staffUserId, allShops: true });
    expect(row.placesTaken).toBe(5);
    expect(row.invitations.ACCEPTED + row.invitations.CHECKED_IN).toBe(5);
  });
});

describe('check-in points', () => {
  const balanceOf = async (customerId: string) =>
    (await t.db.account.findFirstOrThrow({ where: { customerId } })).balance;

  it('credits the event’s points with the check-in, through the ledger on channel STORE, once', async () => {
    const { invitations, customers } = await invited(1, { checkInPoints: 150 });
    const [first, second] = await Promise.allSettled([
      checkIn(invitations[0]!.code),
      checkIn(invitations[0]!.code),
    ]);
    const done = [first, second].filter((r) => r.status === 'fulfilled');
    expect(done).toHaveLength(1);
    expect(
      (done[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof checkIn>>>).value.body,
    ).toMatchObject({ invitation: { status: 'CHECKED_IN', pointsEarned: 150 } });
    const movements = await t.db.movement.findMany({ where: { customerId: customers[0]!.id } });
    expect(movements).toEqual([
      expect.objectContaining({
        type: 'EARN',
        channel: 'STORE',
        points: 150,
        sourceType: 'INVITATION',
        sourceId: invitations[0]!.id,
        qualifying: false,
      }),
    ]);
    expect(await balanceOf(customers[0]!.id)).toBe(150);
  });

  it('lands with her other movements racing it, and answers 0 for an event without points', async () => {
    const { invitations, customers } = await invited(2, { checkInPoints: 40, capacity: 2 });
    const customerId = customers[0]!.id;
    // Her purchases and adjustments race the check-in: every one lands, the check-in's too.
    await Promise.all([
      checkIn(invitations[0]!.code),
      ...Array.from({ length: 8 }, () => givePoints(t.db, customerId, 5)),
    ]);
    expect(await balanceOf(customerId)).toBe(80);

    const plain = await invited(1);
    expect((await checkIn(plain.invitations[0]!.code)).body.invitation.pointsEarned).toBe(0);
    expect(await t.db.movement.count({ where: { customerId: plain.customers[0]!.id } })).toBe(0);
  });
});

describe("a store manager's events", () => {
  it('are those of the shops they work in: others and online ones are refused or out of sight', async () => {
    const manager = await t.db.staffUser.create({
      data: {
        email: `manager-${Date.now()}@example.com`,
        name: 'Karim',
        role: 'STORE_MANAGER',
        passwordHash: 'x',
        shops: { connect: { id: shopId } },
      },
    });
    const asManager = { staffUserId: manager.id, allShops: false };
    const mine = await t.db.$transaction((tx) =>
      createPrivateSale(tx, { data: saleData(), ...asManager }),
    );
    for (const where of [otherShopId, null])
      await expect(
        t.db.$transaction((tx) =>
          createPrivateSale(tx, { data: saleData({ shopId: where }), ...asManager }),
        ),
      ).rejects.toMatchObject({ code: 'shop_not_yours' });
    const elsewhere = await newSale({ shopId: otherShopId });
    const listed = await listPrivateSalesForAdmin(t.db, asManager);
    expect(listed.map((sale) => sale.id)).toContain(mine.id);
    expect(listed.every((sale) => sale.shopId === shopId)).toBe(true);
    await expect(getPrivateSale(t.db, elsewhere.id, asManager)).rejects.toMatchObject({
      code: 'private_sale_not_found',
    });
    await expect(
      t.db.$transaction((tx) => inviteToPrivateSale(tx, { id: elsewhere.id, ...asManager })),
    ).rejects.toMatchObject({ code: 'private_sale_not_found' });
    await expect(
      t.db.$transaction((tx) =>
        updatePrivateSale(tx, {
          id: mine.id,
          data: saleData({ shopId: otherShopId }),
          ...asManager,
        }),
      ),
    ).rejects.toMatchObject({ code: 'shop_not_yours' });
    expect(
      (await t.db.$transaction((tx) => inviteToPrivateSale(tx, { id: mine.id, ...asManager })))
        .invited,
    ).toBeGreaterThanOrEqual(0);
  });
});
