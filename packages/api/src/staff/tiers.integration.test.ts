import { makeCustomer } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const bed = setUpStaffCallers();

const member = {
  code: 'MEMBER',
  name: 'Member',
  nameFr: 'Membre',
  benefitsEn: '',
  benefitsFr: '',
  colour: '#64748b',
  threshold: 0,
  earnMultiplier: 100,
};
const tier = (code: string, threshold: number, earnMultiplier = 100) => ({
  ...member,
  code,
  name: code,
  nameFr: code,
  threshold,
  earnMultiplier,
});

describe('staff tiers', () => {
  it('saves the ladder as a whole, in order, with an audit entry', async () => {
    const owner = bed.as('MARKETING');
    const [entry] = await owner.tiers.list();
    const saved = await owner.tiers.save({
      tiers: [{ ...member, id: entry!.id }, tier('SILVER', 500, 110), tier('GOLD', 1_000, 125)],
    });
    expect(saved.map((t) => [t.code, t.rank, t.threshold])).toEqual([
      ['MEMBER', 0, 0],
      ['SILVER', 1, 500],
      ['GOLD', 2, 1_000],
    ]);
    // Reordering keeps ids and moves ranks.
    const [m, s, g] = saved;
    const again = await owner.tiers.save({
      tiers: [
        { ...member, id: m!.id },
        { ...tier('SILVER', 400), id: s!.id },
        tier('BRONZE', 450),
        { ...tier('GOLD', 1_000), id: g!.id },
      ],
    });
    expect(again.map((t) => t.code)).toEqual(['MEMBER', 'SILVER', 'BRONZE', 'GOLD']);
    expect(again[3]!.id).toBe(g!.id);
    expect(await bed.db.auditLog.count({ where: { action: 'tiers.save' } })).toBe(2);
  });

  it.each([
    ['a threshold that does not increase', [member, tier('SILVER', 500), tier('GOLD', 500)]],
    ['an entry tier above 0', [{ ...member, threshold: 10 }]],
  ])('refuses %s with invalid_tier_ladder, nothing changed', async (_, tiers) => {
    const before = await bed.as('OWNER').tiers.list();
    const error = await rejection(bed.as('OWNER').tiers.save({ tiers }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause?.code).toBe('invalid_tier_ladder');
    expect(await bed.as('OWNER').tiers.list()).toEqual(before);
  });

  it('refuses a multiplier of 0, a bad colour and an empty ladder as invalid input', async () => {
    for (const tiers of [[{ ...member, earnMultiplier: 0 }], [{ ...member, colour: 'red' }], []])
      expect((await rejection(bed.as('OWNER').tiers.save({ tiers }))).code).toBe('BAD_REQUEST');
  });

  it('keeps a tier customers are on (409 tier_in_use), and lets only OWNER and MARKETING edit', async () => {
    const ladder = await bed.as('OWNER').tiers.list();
    const customer = await makeCustomer(bed.db);
    await bed.db.customer.update({
      where: { id: customer.id },
      data: { tierId: ladder.at(-1)!.id },
    });
    const error = await rejection(
      bed.as('OWNER').tiers.save({ tiers: ladder.slice(0, -1).map(({ rank: _, ...t }) => t) }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.cause?.code).toBe('tier_in_use');
    expect((await rejection(bed.as('SUPPORT').tiers.save({ tiers: [member] }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('pins a customer on a tier until a date, with history and audit, and unpins', async () => {
    const ladder = await bed.as('OWNER').tiers.list();
    const gold = ladder.find((t) => t.code === 'GOLD')!;
    const customer = await makeCustomer(bed.db);
    const until = new Date(Date.now() + 30 * 86_400_000);
    await bed.as('SUPPORT').customers.pinTier({
      customerId: customer.id,
      tierId: gold.id,
      until,
      reason: 'Guest of the brand ambassador',
    });
    const status = await bed.as('SUPPORT').customers.tier({ customerId: customer.id });
    expect(status).toMatchObject({
      current: { code: 'GOLD' },
      pinnedUntil: until,
      history: [{ reason: 'PINNED', to: { code: 'GOLD' } }],
    });
    await bed.as('SUPPORT').customers.pinTier({
      customerId: customer.id,
      tierId: gold.id,
      until: null,
      reason: 'Pin lifted',
    });
    expect(
      (await bed.as('SUPPORT').customers.tier({ customerId: customer.id })).pinnedUntil,
    ).toBeNull();
    expect(
      await bed.db.auditLog.findMany({
        where: { targetId: customer.id },
        select: { action: true },
        orderBy: { id: 'asc' },
      }),
    ).toEqual([{ action: 'tier.pin' }, { action: 'tier.unpin' }]);
    const past = await rejection(
      bed.as('SUPPORT').customers.pinTier({
        customerId: customer.id,
        tierId: gold.id,
        until: new Date(Date.now() - 1_000),
        reason: 'Too late',
      }),
    );
    expect(past.code).toBe('BAD_REQUEST');
    expect(
      (
        await rejection(
          bed.as('STORE_MANAGER').customers.pinTier({
            customerId: customer.id,
            tierId: gold.id,
            until,
            reason: 'Not mine to give',
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('lets a qualifying adjustment move the tier up at once', async () => {
    const customer = await makeCustomer(bed.db);
    await bed.as('OWNER').points.adjust({
      customerId: customer.id,
      // The ladder is now MEMBER 0, SILVER 400, BRONZE 450, GOLD 1,000.
      points: 420,
      customerReason: 'Your purchase the till missed',
      reason: 'Purchase lost by the till, re-entered',
      qualifying: true,
    });
    expect((await bed.as('OWNER').customers.tier({ customerId: customer.id })).current.code).toBe(
      'SILVER',
    );
    await bed.as('OWNER').points.adjust({
      customerId: customer.id,
      points: 5_000,
      customerReason: 'A gesture from us',
      reason: 'Goodwill, not a purchase',
    });
    expect((await bed.as('OWNER').customers.tier({ customerId: customer.id })).current.code).toBe(
      'SILVER',
    );
  });
});
