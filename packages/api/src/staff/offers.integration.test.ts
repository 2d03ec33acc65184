import { claimOffer } from '@fidele/core/offers';
import { makeCustomer, makeOffer } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';
import { exportOfferClaimsCsv } from './offer-claims-export.ts';

const bed = setUpStaffCallers();

const offer = (tierIds: string[], segmentIds: string[] = []) => ({
  titleEn: 'Gold weekend',
  titleFr: 'Week-end Gold',
  tierIds,
  segmentIds,
  startsAt: new Date('2026-12-04T00:00:00Z'),
  endsAt: new Date('2026-12-07T00:00:00Z'),
  benefit: 'DISCOUNT_CODE' as const,
  discountType: 'PERCENTAGE' as const,
  discountValue: 20,
  channels: 'BOTH' as const,
});

const memberTier = async () =>
  (await bed.db.tier.findFirstOrThrow({ where: { rank: 0 }, select: { id: true } })).id;

describe('staff offers', () => {
  it('lets marketing create and edit an offer, each change audited, everyone read it', async () => {
    const tierId = await memberTier();
    const { id } = await bed.as('MARKETING').offers.create(offer([tierId]));
    await bed
      .as('OWNER')
      .offers.update({ offerId: id, data: { ...offer([tierId]), totalCap: 50 } });
    await bed.as('MARKETING').offers.setArchived({ offerId: id, archived: true });
    const seen = await bed.as('STORE_MANAGER').offers.get({ offerId: id });
    expect(seen).toMatchObject({ totalCap: 50, phase: 'archived', tiers: [{ id: tierId }] });
    const audit = await bed.db.auditLog.findMany({
      where: { targetType: 'offer', targetId: id },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'offer.create',
      'offer.update',
      'offer.archive',
    ]);
  });

  it('refuses an empty target, dates out of order, a bad percentage: 400, nothing written', async () => {
    const tierId = await memberTier();
    const before = await bed.db.offer.count();
    for (const input of [
      offer([]),
      { ...offer([tierId]), endsAt: new Date('2026-12-01T00:00:00Z') },
      { ...offer([tierId]), discountValue: 120 },
      { ...offer([tierId]), perCustomerLimit: 0 },
      { ...offer([tierId]), benefit: 'TILL_BENEFIT' as const },
    ]) {
      const error = await rejection(bed.as('OWNER').offers.create(input));
      expect(error.code).toBe('BAD_REQUEST');
    }
    const empty = await rejection(bed.as('OWNER').offers.create(offer([])));
    expect(empty.message).toContain('Target at least one tier or one segment');
    expect(await bed.db.offer.count()).toBe(before);
  });

  it('lets only OWNER and MARKETING change offers', async () => {
    const tierId = await memberTier();
    for (const role of ['STORE_MANAGER', 'SUPPORT'] as const)
      expect((await rejection(bed.as(role).offers.create(offer([tierId])))).code).toBe('FORBIDDEN');
  });

  it('keeps a tier that an offer targets when the ladder is saved without it', async () => {
    const ladder = await bed.as('OWNER').tiers.list();
    const tiers = ladder.map(({ rank: _rank, ...tier }) => tier);
    const saved = await bed.as('OWNER').tiers.save({
      tiers: [
        ...tiers,
        { ...tiers[0]!, id: undefined, code: 'ICON', name: 'Icon', threshold: 9_999 },
      ],
    });
    const icon = saved.find((tier) => tier.code === 'ICON')!;
    await makeOffer(bed.db, { tierIds: [icon.id] });
    const error = await rejection(bed.as('OWNER').tiers.save({ tiers }));
    expect(error.cause?.code).toBe('tier_in_use');
  });

  it('lists an offer’s claims with their codes, and exports them as CSV', async () => {
    const { id } = await makeOffer(bed.db, { tierIds: [await memberTier()] });
    const customer = await makeCustomer(bed.db, { firstName: 'Zoé', lastName: 'Martin' });
    const { code } = await bed.db.$transaction((tx) =>
      claimOffer(tx, {
        customerId: customer.id,
        offerId: id,
        channel: 'APP',
        actor: { type: 'CUSTOMER', id: customer.id },
      }),
    );
    const claims = await bed.as('STORE_MANAGER').offers.claims({ offerId: id });
    expect(claims.total).toBe(1);
    expect(claims.rows[0]).toMatchObject({
      channel: 'APP',
      customer: { id: customer.id, firstName: 'Zoé' },
      code: { code: code!.code, status: 'ACTIVE', expired: false },
    });
    expect(claims.rows[0]?.code?.formatted.replaceAll('-', '')).toBe(code!.code);

    const { filename, stream } = await exportOfferClaimsCsv(
      bed.db,
      { id: bed.staff.SUPPORT, role: 'SUPPORT' },
      { offerId: id },
    );
    expect(filename).toMatch(/^offer-claims-vip-20-off-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await new Response(stream).text()).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'claimed_at,member_code,first_name,last_name,channel,shop,code,code_status,redeemed_at',
    );
    expect(lines[1]).toContain(`${customer.memberCode},Zoé,Martin,APP,,${code!.code},ACTIVE,`);
    await expect(exportOfferClaimsCsv(bed.db, undefined, { offerId: id })).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });
});
