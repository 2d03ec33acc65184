import { makeCustomer } from '@fidele/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';
import { exportAuditCsv } from './audit-export.ts';

const bed = setUpStaffCallers();
const { as, staff } = bed;

const reward = {
  nameEn: 'Tote bag',
  nameFr: 'Sac en toile',
  pointsCost: 500,
  discountType: 'FIXED_AMOUNT' as const,
  discountValue: 500,
  channels: 'BOTH' as const,
  validityDays: 30,
};

const words = {
  action: (code: string) => `words of ${code}`,
  actorType: (type: string) => type.toLowerCase(),
  targetType: (type: string) => type,
  erased: 'Erased customer',
  system: 'Platform',
};

/** The CSV the OWNER downloads with these filters, as lines. */
const csv = async (role: 'OWNER' | 'SUPPORT' | 'STORE_MANAGER', filter: object) => {
  const stream = await exportAuditCsv(bed.db, { id: staff[role], role }, filter, words);
  return (await new Response(stream).text()).split('\r\n').filter(Boolean);
};

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

let rewardId: string;
let customerId: string;
let erasedId: string;

beforeAll(async () => {
  ({ id: rewardId } = await as('MARKETING').rewards.create(reward));
  await as('MARKETING').rewards.update({
    id: rewardId,
    data: { ...reward, nameEn: 'Tote bag (organic)', pointsCost: 450 },
  });
  const customer = await makeCustomer(bed.db, { firstName: 'Camille' });
  customerId = customer.id;
  for (const points of [10, 20, 30, 40, 50])
    await as('SUPPORT').points.adjust({
      customerId,
      points,
      customerReason: 'A gesture from us',
      reason: `Goodwill ${points}`,
    });
  const erased = await makeCustomer(bed.db, { firstName: 'Dominique' });
  erasedId = erased.id;
  await as('SUPPORT').points.adjust({
    customerId: erasedId,
    points: 5,
    customerReason: 'Welcome',
    reason: 'Welcome',
  });
  await as('OWNER').customers.erase({ customerId: erasedId, reason: 'Her request by email' });
});

describe('the audit log', () => {
  it('names who did what on what, and shows an edit as before → after', async () => {
    const { items } = await as('OWNER').audit.list({ target: { type: 'reward', id: rewardId } });
    expect(items.map((entry) => entry.action)).toEqual(['reward.update', 'reward.create']);
    const [edit] = items;
    expect(edit!.actor).toMatchObject({ type: 'STAFF', id: staff.MARKETING, name: 'MARKETING' });
    expect(edit!.target).toMatchObject({
      type: 'reward',
      name: 'Tote bag (organic)',
      nameFr: 'Sac en toile',
    });
    // Only what changed, both sides.
    expect(edit!.data).toEqual({
      before: { nameEn: 'Tote bag', pointsCost: 500 },
      after: { nameEn: 'Tote bag (organic)', pointsCost: 450 },
    });
  });

  it('shows an erased customer as erased, never by her old name', async () => {
    const { items } = await as('SUPPORT').audit.list({
      target: { type: 'customer', id: erasedId },
    });
    expect(items.map((entry) => entry.action)).toEqual(['customer.erase', 'points.adjust']);
    for (const entry of items) {
      expect(entry.target).toMatchObject({ erased: true, name: null, context: null });
      expect(JSON.stringify(entry)).not.toContain('Dominique');
    }
  });

  it('filters by day (programme time zone), actor, action and area', async () => {
    const all = await as('OWNER').audit.list({ pageSize: 100 });
    expect((await as('OWNER').audit.list({ from: today, to: today, pageSize: 100 })).items).toEqual(
      all.items,
    );
    expect((await as('OWNER').audit.list({ from: dayAfter(today) })).items).toEqual([]);
    const bySupport = await as('OWNER').audit.list({
      actor: { type: 'STAFF', id: staff.SUPPORT },
      pageSize: 100,
    });
    expect(new Set(bySupport.items.map((entry) => entry.action))).toEqual(
      new Set(['points.adjust']),
    );
    const rewards = await as('OWNER').audit.list({ area: 'rewards' });
    expect(rewards.items.map((entry) => entry.action)).toEqual(['reward.update', 'reward.create']);
    const one = await as('OWNER').audit.list({ area: 'rewards', action: 'reward.create' });
    expect(one.items).toHaveLength(1);
    expect(
      (await as('OWNER').audit.list({ area: 'rewards', action: 'points.adjust' })).items,
    ).toEqual([]);
    expect((await rejection(as('OWNER').audit.list({ from: today, to: '2000-01-01' }))).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('pages newest first with a cursor, each entry once', async () => {
    const target = { type: 'customer', id: customerId };
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await as('OWNER').audit.list({ target, pageSize: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((entry) => (entry.data as { reason: string }).reason));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([50, 40, 30, 20, 10].map((points) => `Goodwill ${points}`));
    expect((await rejection(as('OWNER').audit.list({ target, cursor: 'not-a-cursor' }))).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('lets OWNER, SUPPORT and MARKETING read it, not a STORE_MANAGER', async () => {
    for (const role of ['OWNER', 'SUPPORT', 'MARKETING'] as const)
      await expect(as(role).audit.list({})).resolves.toMatchObject({ items: expect.any(Array) });
    expect((await rejection(as('STORE_MANAGER').audit.list({}))).code).toBe('FORBIDDEN');
  });
});

describe('the audit log as CSV', () => {
  it('holds the filtered rows in words, and the export is itself audited', async () => {
    const lines = await csv('OWNER', { area: 'rewards' });
    expect(lines[0]).toBe(
      'date,actor_type,actor,actor_context,action,action_code,target_type,target,changes,data',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',staff,MARKETING,,words of reward.update,reward.update,reward,');
    expect(lines[1]).toContain('nameEn: Tote bag → Tote bag (organic); pointsCost: 500 → 450');
    const exports = await as('OWNER').audit.list({ action: 'audit.export' });
    expect(exports.items[0]).toMatchObject({
      actor: { id: staff.OWNER },
      target: { type: 'audit' },
      data: { filters: { area: 'rewards' } },
    });
  });

  it('names an erased customer as erased', async () => {
    const lines = await csv('SUPPORT', { target: { type: 'customer', id: erasedId } });
    expect(lines.slice(1).map((line) => line.split(',')[5])).toEqual([
      'customer.erase',
      'points.adjust',
    ]);
    expect(lines[1]).toContain(',customer,Erased customer,');
  });

  it('refuses a STORE_MANAGER and a bad filter', async () => {
    await expect(csv('STORE_MANAGER', {})).rejects.toMatchObject({ code: 'forbidden' });
    await expect(csv('OWNER', { from: 'yesterday' })).rejects.toThrow();
  });
});
