import { makeStaffUser } from '../testing/index.ts';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/index.ts';
import { ledgerViolations } from '../testing/index.ts';
import { adjustPoints } from './index.ts';

let t: TestDatabase;
let customerId: string;
let staffUserId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const customer = await t.db.$transaction((tx) =>
    createCustomer(tx, {
      email: 'adjust@example.com',
      firstName: 'Adèle',
      signUpSource: 'ORGANIC',
    }),
  );
  customerId = customer.id;
  const staff = await makeStaffUser(t.db, { role: 'SUPPORT', name: 'Sam Support' });
  staffUserId = staff.id;
});
afterAll(() => t.drop());

const auditFor = () =>
  t.db.auditLog.findMany({
    where: { action: 'points.adjust', targetId: customerId },
    orderBy: { id: 'asc' },
  });

describe('adjustPoints', () => {
  it('credits through the ledger and audits the change in the same transaction', async () => {
    const result = await t.db.$transaction((tx) =>
      adjustPoints(tx, {
        customerId,
        points: 150,
        customerReason: ' Sorry for the wait ',
        reason: ' Goodwill gesture ',
        staffUserId,
      }),
    );
    expect(result.balance).toBe(150);
    const movement = await t.db.movement.findUniqueOrThrow({ where: { id: result.movementId } });
    expect(movement).toMatchObject({
      type: 'ADJUST',
      channel: 'ADMIN',
      points: 150,
      sourceType: 'ADJUSTMENT',
      reason: 'Goodwill gesture',
      customerReason: 'Sorry for the wait',
      staffUserId,
    });
    const [audit] = await auditFor();
    expect(audit).toMatchObject({
      actorType: 'STAFF',
      actorId: staffUserId,
      targetType: 'customer',
      data: {
        points: 150,
        customerReason: 'Sorry for the wait',
        reason: 'Goodwill gesture',
        balance: 150,
      },
    });
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('debits, and a second adjustment with the same source is a new movement', async () => {
    const { balance } = await t.db.$transaction((tx) =>
      adjustPoints(tx, {
        customerId,
        points: -50,
        customerReason: 'Points counted twice',
        staffUserId,
      }),
    );
    expect(balance).toBe(100);
    expect(await auditFor()).toHaveLength(2);
  });

  it('refuses a debit beyond the balance and writes nothing', async () => {
    const before = { movements: await t.db.movement.count(), audit: await t.db.auditLog.count() };
    await expect(
      t.db.$transaction((tx) =>
        adjustPoints(tx, { customerId, points: -101, customerReason: 'Too much', staffUserId }),
      ),
    ).rejects.toMatchObject({ code: 'insufficient_points' });
    expect(await t.db.movement.count()).toBe(before.movements);
    expect(await t.db.auditLog.count()).toBe(before.audit);
    expect((await t.db.account.findUniqueOrThrow({ where: { customerId } })).balance).toBe(100);
  });

  it('refuses an unknown customer', async () => {
    await expect(
      t.db.$transaction((tx) =>
        adjustPoints(tx, {
          customerId: '00000000-0000-4000-8000-000000000000',
          points: 10,
          customerReason: 'Nobody',
          staffUserId,
        }),
      ),
    ).rejects.toMatchObject({ code: 'customer_not_found' });
  });
});
