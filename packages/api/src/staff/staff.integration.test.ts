import { authenticateApiKey } from '@fidele/core/api-keys';
import { createCustomer } from '@fidele/core/customers';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

let customerId: string;
const bed = setUpStaffCallers();
const { as, staff } = bed;

beforeAll(async () => {
  const customer = await bed.db.$transaction((tx) =>
    createCustomer(tx, {
      email: 'camille@example.com',
      firstName: 'Camille',
      signUpSource: 'ORGANIC',
    }),
  );
  customerId = customer.id;
});

const balance = async () =>
  (await bed.db.account.findUniqueOrThrow({ where: { customerId } })).balance;

describe('staff router', () => {
  it('refuses a caller without a staff session', async () => {
    const anonymous = bed.anonymous();
    expect((await rejection(anonymous.me())).code).toBe('UNAUTHORIZED');
  });

  it('lets SUPPORT adjust points, writing the ledger and the audit log', async () => {
    const result = await as('SUPPORT').points.adjust({
      customerId,
      points: 120,
      customerReason: 'Points from your visit of 3 May',
      reason: 'Missing points from a store visit',
    });
    expect(result.balance).toBe(120);
    const {
      items: [movement],
    } = await as('SUPPORT').customers.movements({ customerId });
    expect(movement).toMatchObject({
      type: 'ADJUST',
      channel: 'ADMIN',
      points: 120,
      balanceAfter: 120,
    });
    const audit = await as('SUPPORT').audit.list({ target: { type: 'customer', id: customerId } });
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: 'points.adjust',
        actor: expect.objectContaining({ type: 'STAFF', id: staff.SUPPORT, name: 'SUPPORT' }),
        data: expect.objectContaining({ points: 120, reason: 'Missing points from a store visit' }),
      }),
    ]);
  });

  it('refuses the adjustment to MARKETING', async () => {
    const error = await rejection(
      as('MARKETING').points.adjust({
        customerId,
        points: 10,
        customerReason: 'Campaign bonus',
      }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(await balance()).toBe(120);
  });

  it('refuses a debit beyond the balance and changes nothing', async () => {
    const audits = await bed.db.auditLog.count();
    const movements = await bed.db.movement.count();
    const error = await rejection(
      as('OWNER').points.adjust({
        customerId,
        points: -121,
        customerReason: 'Remove everything',
      }),
    );
    expect(error.code).toBe('UNPROCESSABLE_CONTENT');
    expect(error.cause?.code).toBe('insufficient_points');
    expect(await balance()).toBe(120);
    expect(await bed.db.auditLog.count()).toBe(audits);
    expect(await bed.db.movement.count()).toBe(movements);
  });

  it.each([
    { points: 10, customerReason: '' },
    { points: 10, customerReason: '   ' },
    { points: 10, customerReason: 'Goodwill', reason: 'ab' },
    { points: 1.5, customerReason: 'Half a point' },
    { points: 0, customerReason: 'Nothing at all' },
    { points: 2_000_000, customerReason: 'Far too many' },
  ])('refuses bad input $points / $customerReason as BAD_REQUEST', async (input) => {
    const error = await rejection(as('SUPPORT').points.adjust({ customerId, ...input }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(await balance()).toBe(120);
  });

  it('lists and reads customers for every role', async () => {
    const page = await as('STORE_MANAGER').customers.list({ query: 'camille' });
    expect(page).toMatchObject({ total: 1, items: [{ id: customerId, pointsBalance: 120 }] });
    const profile = await as('MARKETING').customers.get({ customerId });
    expect(profile).toMatchObject({ firstName: 'Camille', pointsBalance: 120 });
    const purchases = await as('SUPPORT').customers.purchases({ customerId });
    expect(purchases).toEqual({ byChannel: [], items: [], allShops: true });
  });

  it('keeps shops, keys and the audit log to the roles that may see them', async () => {
    expect((await rejection(as('SUPPORT').shops.list())).code).toBe('FORBIDDEN');
    expect((await rejection(as('STORE_MANAGER').audit.list({}))).code).toBe('FORBIDDEN');
    expect(
      (await rejection(as('MARKETING').shops.create({ name: 'Nope', kind: 'STORE' }))).code,
    ).toBe('FORBIDDEN');
  });

  it('lets the OWNER create a key, shown once, and revoke it so the API refuses it', async () => {
    const owner = as('OWNER');
    const shop = await owner.shops.create({ name: 'Lyon', kind: 'STORE', city: 'Lyon' });
    const created = await owner.apiKeys.create({ shopId: shop.id, name: 'Till 1' });
    expect(created.key).toMatch(/^fdl_live_/);
    await expect(authenticateApiKey(bed.db, created.key)).resolves.toMatchObject({
      shop: { id: shop.id },
    });
    const listed = await owner.apiKeys.list({ shopId: shop.id });
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('key');
    expect(JSON.stringify(listed)).not.toContain(created.key);

    await owner.apiKeys.revoke({ apiKeyId: created.id });
    await expect(authenticateApiKey(bed.db, created.key)).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect((await owner.apiKeys.list({ shopId: shop.id }))[0]?.revokedAt).toBeInstanceOf(Date);
    const audit = await owner.audit.list({ target: { type: 'api-key', id: created.id } });
    expect(audit.items.map((e) => e.action)).toEqual(['api-key.revoke', 'api-key.create']);
  });

  it('tells the signed-in staff member who they are', async () => {
    await expect(as('STORE_MANAGER').me()).resolves.toMatchObject({
      id: staff.STORE_MANAGER,
      role: 'STORE_MANAGER',
      email: 'store_manager@example.com',
    });
  });
});
