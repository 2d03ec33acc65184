import { defaultRange } from '@fidele/core/dashboard';
import { PROGRAMME_TIME_ZONE } from '@fidele/core/earning';
import { recordPurchase } from '@fidele/core/purchases';
import { makeCustomer, makeOffer, makeShop } from '@fidele/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const bed = setUpStaffCallers();
const { as } = bed;
let own: string;
let other: string;
const today = defaultRange(new Date(), PROGRAMME_TIME_ZONE).to;
const range = { from: today, to: today };

beforeAll(async () => {
  own = (await makeShop(bed.db, { kind: 'STORE', name: 'Lyon (mine)' })).id;
  other = (await makeShop(bed.db, { kind: 'STORE', name: 'Paris (not mine)' })).id;
  await bed.db.staffUser.update({
    where: { id: bed.staff.STORE_MANAGER },
    data: { shops: { connect: { id: own } } },
  });
  const customer = await makeCustomer(bed.db, { homeShopId: own, signUpSource: 'SHOP' });
  for (const [shopId, externalId, amount] of [
    [own, 'MINE-1', 2_000],
    [other, 'THEIRS-1', 7_000],
  ] as const)
    await recordPurchase(bed.db, {
      shopId,
      channel: 'STORE',
      externalId,
      customer,
      amount,
      currency: 'EUR',
      occurredAt: new Date(),
    });
});

describe('the dashboard', () => {
  it('shows marketing every shop and a store manager only theirs, the shop filter kept on the server', async () => {
    const all = await as('MARKETING').dashboard.read(range);
    expect(all.allShops).toBe(true);
    expect(all.totals.current.purchaseAmount).toBe(9_000);
    expect(all.shops.map((shop) => shop.name)).toEqual(['Paris (not mine)', 'Lyon (mine)']);
    expect(all.pointsHeld).not.toBeNull();

    const mine = await as('STORE_MANAGER').dashboard.read(range);
    expect(mine.allShops).toBe(false);
    expect(mine.shopChoices.map((shop) => shop.name)).toEqual(['Lyon (mine)']);
    expect(mine.totals.current).toMatchObject({
      purchases: 1,
      purchaseAmount: 2_000,
      newMembers: 1,
    });
    expect(mine.pointsHeld).toBeNull();

    const refused = await rejection(
      as('STORE_MANAGER').dashboard.read({ ...range, shopId: other }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    const filtered = await as('OWNER').dashboard.read({ ...range, shopId: other });
    expect(filtered.totals.current).toMatchObject({ purchases: 1, purchaseAmount: 7_000 });
  });

  it('is not for support, and refuses a reversed or too long range with a clear message', async () => {
    expect((await rejection(as('SUPPORT').dashboard.read(range))).code).toBe('FORBIDDEN');
    const reversed = await rejection(
      as('OWNER').dashboard.read({ from: '2026-03-02', to: '2026-03-01' }),
    );
    expect(reversed.code).toBe('BAD_REQUEST');
    expect(reversed.message).toContain('The last day must not be before the first');
    const long = await rejection(
      as('OWNER').dashboard.read({ from: '2024-01-01', to: '2026-01-01' }),
    );
    expect(long.message).toContain('Choose at most 366 days');
  });

  it('follows members between channels in the viewer’s shops only, and lists the campaigns to compare', async () => {
    const mine = await as('STORE_MANAGER').dashboard.flows(range);
    expect(mine).toMatchObject({ buyers: 1, bothChannels: 0 });
    const all = await as('OWNER').dashboard.flows(range);
    expect(all.buyers).toBe(1);
    expect(all.cohorts).toEqual([
      { source: 'SHOP', month: today.slice(0, 7), members: 1, buyers: 1, repeatBuyers: 1 },
    ]);
    const offer = await makeOffer(bed.db, {});
    const campaigns = await as('MARKETING').dashboard.campaigns();
    expect(campaigns.map((campaign) => campaign.id)).toContain(offer.id);
  });
});
