import { recordPurchase } from '@fidele/core/purchases';
import { givePoints, makeCustomer, makeShop } from '@fidele/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpStaffCallers } from '../testing/staff-callers.ts';
import { exportPurchasesCsv } from './purchases-export.ts';
import { exportSegmentCsv } from './segment-export.ts';

const bed = setUpStaffCallers();
const { as } = bed;
let customerId: string;
let own: { id: string; name: string };
let other: { id: string; name: string };

beforeAll(async () => {
  own = await makeShop(bed.db, { kind: 'STORE', name: 'Lyon (mine)' });
  other = await makeShop(bed.db, { kind: 'STORE', name: 'Paris (not mine)' });
  await bed.db.staffUser.update({
    where: { id: bed.staff.STORE_MANAGER },
    data: { shops: { connect: { id: own.id } } },
  });
  const customer = await makeCustomer(bed.db, { email: 'noor@example.com', firstName: 'Noor' });
  customerId = customer.id;
  await givePoints(bed.db, customerId, 5);
  for (const [shopId, externalId, amount] of [
    [own.id, 'MINE-1', 2_000],
    [other.id, 'THEIRS-1', 7_000],
    [other.id, 'THEIRS-2', 3_000],
  ] as const)
    await recordPurchase(bed.db, {
      shopId,
      channel: 'STORE',
      externalId,
      customer,
      amount,
      currency: 'EUR',
      occurredAt: new Date(),
    }).then(({ body }) => body);
});

describe('a STORE_MANAGER', () => {
  it("sees only their shops' purchases on a customer's page, totals included", async () => {
    const seen = await as('STORE_MANAGER').customers.purchases({ customerId });
    expect(seen.items.map((item) => item.externalId)).toEqual(['MINE-1']);
    expect(seen.byChannel).toEqual([
      { channel: 'STORE', currency: 'EUR', count: 1, amount: 2_000, pointsEarned: 20 },
    ]);
    expect(seen.allShops).toBe(false);

    const all = await as('OWNER').customers.purchases({ customerId });
    expect(all.items).toHaveLength(3);
    expect(all.byChannel[0]).toMatchObject({ count: 3, amount: 12_000 });
    expect(all.allShops).toBe(true);
  });

  it("sees only their shops' purchases in the list and its CSV", async () => {
    const list = await as('STORE_MANAGER').purchases.list({ customer: 'noor@example.com' });
    expect(list.rows.map((row) => row.externalId)).toEqual(['MINE-1']);
    const csv = await new Response(
      await exportPurchasesCsv(bed.db, { id: bed.staff.STORE_MANAGER, role: 'STORE_MANAGER' }, {}),
    ).text();
    expect(csv).toContain('MINE-1');
    expect(csv).not.toContain('THEIRS');
  });

  it("cannot export customers' emails", async () => {
    const segment = await as('MARKETING').segments.create({
      name: 'Everyone with points',
      rule: {
        combinator: 'and',
        rules: [{ field: 'pointsBalance', compare: { op: 'gte', value: 1 } }],
      },
    });
    const exported = async (role: 'STORE_MANAGER' | 'MARKETING') => {
      const { stream } = await exportSegmentCsv(
        bed.db,
        { id: bed.staff[role], role },
        { segmentId: segment.id },
      );
      return (await new Response(stream).text()).replace('\uFEFF', '');
    };
    const forManager = await exported('STORE_MANAGER');
    expect(forManager.split('\r\n')[0]).toBe(
      'member_code,first_name,last_name,tier,points_balance,signed_up',
    );
    expect(forManager).toContain('Noor');
    expect(forManager).not.toContain('noor@example.com');
    expect(await exported('MARKETING')).toContain('noor@example.com');
  });
});
