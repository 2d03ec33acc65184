import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/index.ts';
import { isAppError } from '../errors.ts';
import { ledgerViolations } from '../testing/index.ts';
import { recordMovement } from './index.ts';

let t: TestDatabase;
const customers: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  for (let i = 0; i < 4; i++) {
    const customer = await t.db.$transaction((tx) =>
      createCustomer(tx, {
        email: `ledger-${i}@example.com`,
        firstName: `Ledger ${i}`,
        signUpSource: 'ORGANIC',
      }),
    );
    customers.push(customer.id);
  }
});
afterAll(() => t.drop());

const balanceOf = async (customerId: string) =>
  (await t.db.account.findUniqueOrThrow({ where: { customerId } })).balance;

describe('ledger', () => {
  it('moves the cached balance with balanced entries', async () => {
    const [id] = customers as [string];
    await t.db.$transaction((tx) =>
      recordMovement(tx, {
        customerId: id,
        type: 'EARN',
        channel: 'STORE',
        points: 120,
        source: { type: 'TEST' },
      }),
    );
    const { balance } = await t.db.$transaction((tx) =>
      recordMovement(tx, {
        customerId: id,
        type: 'REDEEM',
        channel: 'ESHOP',
        points: -20,
        source: { type: 'TEST' },
      }),
    );
    expect(balance).toBe(100);
    expect(await balanceOf(id)).toBe(100);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('refuses a debit beyond the balance and writes nothing', async () => {
    const [id] = customers as [string];
    const before = await t.db.ledgerEntry.count();
    await expect(
      t.db.$transaction((tx) =>
        recordMovement(tx, {
          customerId: id,
          type: 'REDEEM',
          channel: 'STORE',
          points: -1_000,
          source: { type: 'TEST' },
        }),
      ),
    ).rejects.toMatchObject({ code: 'insufficient_points' });
    expect(await t.db.ledgerEntry.count()).toBe(before);
    expect(await balanceOf(id)).toBe(100);
  });

  it('is append-only: the database refuses to edit or delete entries and movements', async () => {
    await expect(t.db.$executeRaw`UPDATE "LedgerEntry" SET amount = amount + 1`).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.$executeRaw`DELETE FROM "LedgerEntry"`).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRaw`UPDATE "Movement" SET points = 1`).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRaw`DELETE FROM "Movement"`).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRaw`TRUNCATE "LedgerEntry" CASCADE`).rejects.toThrow(/append-only/);
  });

  it('refuses a negative customer balance even from a writer that bypasses the ledger', async () => {
    await expect(
      t.db.$executeRaw`UPDATE "Account" SET balance = -1 WHERE kind = 'CUSTOMER'`,
    ).rejects.toThrow(/Account_customer_balance_sign/);
  });

  describe('balanced by the database, whoever writes', () => {
    // A writer that bypasses recordMovement, in one statement as recordMovement writes a movement,
    // between two programme accounts (so no customer's lots are involved).
    const write = (input: { from: number; to: number; balanceMove?: number }) => {
      const movementId = randomUUID();
      return t.db.$executeRaw`
        WITH movement AS (
          INSERT INTO "Movement" (id, "customerId", type, channel, points, "sourceType")
          VALUES (${movementId}::uuid, ${customers[3]}::uuid, 'ADJUST', 'ADMIN', ${input.to}::int, 'TEST')
        ), source AS (
          UPDATE "Account" SET balance = balance + ${input.from}::int
          WHERE code = 'test:from' RETURNING id, balance
        ), target AS (
          UPDATE "Account" SET balance = balance + ${input.balanceMove ?? input.to}::int
          WHERE code = 'test:to' RETURNING id, balance
        )
        INSERT INTO "LedgerEntry" ("movementId", "accountId", amount, "balanceAfter")
        SELECT ${movementId}::uuid, id, ${input.from}::int, balance FROM source
        UNION ALL SELECT ${movementId}::uuid, id, ${input.to}::int, balance FROM target`;
    };
    const balanceOfCode = async (code: string) =>
      (await t.db.account.findUniqueOrThrow({ where: { code } })).balance;

    beforeAll(async () => {
      await t.db.account.createMany({
        data: [
          { kind: 'PROGRAMME', code: 'test:from' },
          { kind: 'PROGRAMME', code: 'test:to' },
        ],
      });
    });

    it('accepts a balanced movement written in one statement', async () => {
      await write({ from: -40, to: 40 });
      await write({ from: -2, to: 2 });
      expect(await balanceOfCode('test:to')).toBe(42);
    });

    it('refuses a movement whose entries do not sum to zero', async () => {
      await expect(write({ from: -40, to: 30 })).rejects.toThrow(
        /entries of movement .* do not sum to zero/,
      );
    });

    it('refuses a balance moved by other than its entries', async () => {
      await expect(write({ from: -10, to: 10, balanceMove: 15 })).rejects.toThrow(
        /entries of account .* do not add up to its balance/,
      );
      await expect(
        t.db.$executeRaw`UPDATE "Account" SET balance = balance + 5 WHERE code = 'test:to'`,
      ).rejects.toThrow(/balance of account .* moved without an entry/);
      await expect(
        t.db
          .$executeRaw`UPDATE "Account" SET balance = balance + 5 WHERE "customerId" = ${customers[3]}::uuid`,
      ).rejects.toThrow(/balance of account .* moved without an entry/);
      await expect(
        t.db
          .$executeRaw`INSERT INTO "Account" (kind, code, balance) VALUES ('PROGRAMME', 'test:made-up', 500)`,
      ).rejects.toThrow(/balance of account .* moved without an entry/);
    });

    it('refuses a movement without entries, and an entry added to a movement already made', async () => {
      await expect(
        t.db.$executeRaw`
          INSERT INTO "Movement" (id, "customerId", type, channel, points, "sourceType")
          VALUES (${randomUUID()}::uuid, ${customers[3]}::uuid, 'ADJUST', 'ADMIN', 5, 'TEST')`,
      ).rejects.toThrow(/movement .* has no entries/);
      const [entry] = await t.db.ledgerEntry.findMany({
        where: { account: { code: 'test:to' } },
        select: { movementId: true },
      });
      await expect(
        t.db.$executeRaw`
          WITH target AS (
            UPDATE "Account" SET balance = balance + 5 WHERE code = 'test:to' RETURNING id, balance
          )
          INSERT INTO "LedgerEntry" ("movementId", "accountId", amount, "balanceAfter")
          SELECT ${entry!.movementId}::uuid, id, 5, balance FROM target`,
      ).rejects.toThrow(/entries of movement .* do not sum to zero/);
      expect(await balanceOfCode('test:to')).toBe(42);
      expect(await ledgerViolations(t.db)).toEqual([]);
    });
  });

  it('keeps its invariants under random concurrent movements', async () => {
    const movement = fc.record({
      customer: fc.nat(customers.length - 1),
      points: fc.integer({ min: -300, max: 300 }).filter((p) => p !== 0),
      channel: fc.constantFrom('STORE', 'ESHOP', 'APP', 'ADMIN' as const),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(movement, { minLength: 1, maxLength: 40 }), async (batch) => {
        const results = await Promise.allSettled(
          batch.map(({ customer, points, channel }) =>
            t.db.$transaction((tx) =>
              recordMovement(tx, {
                customerId: customers[customer]!,
                type: points > 0 ? 'EARN' : 'REDEEM',
                channel,
                points,
                source: { type: 'TEST' },
              }),
            ),
          ),
        );
        for (const result of results)
          if (result.status === 'rejected')
            expect(isAppError(result.reason) && result.reason.code).toBe('insufficient_points');
        expect(await ledgerViolations(t.db)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
