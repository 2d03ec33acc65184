import type { Db } from '@fidele/db';

/**
 * Reads the ledger's invariants straight from the tables: each account's entries sum to its cached
 * balance, all balances sum to zero, each movement's entries sum to zero, no spendable or pending
 * balance is negative and no debt positive, and each customer's spendable and pending lots hold
 * exactly their spendable and pending balances. Returns the violations (empty when sound).
 */
export const ledgerViolations = async (db: Db): Promise<string[]> => {
  const drift = await db.$queryRaw<{ id: string; balance: number; sum: bigint }[]>`
    SELECT a.id, a.balance, COALESCE(SUM(e.amount), 0) AS sum
    FROM "Account" a LEFT JOIN "LedgerEntry" e ON e."accountId" = a.id
    GROUP BY a.id HAVING a.balance <> COALESCE(SUM(e.amount), 0)`;
  const [total] = await db.$queryRaw<
    { total: bigint | null }[]
  >`SELECT SUM(balance) AS total FROM "Account"`;
  const unbalanced = await db.$queryRaw<{ id: string }[]>`
    SELECT "movementId" AS id FROM "LedgerEntry" GROUP BY "movementId" HAVING SUM(amount) <> 0`;
  const wrongSign = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Account"
    WHERE (kind IN ('CUSTOMER', 'CUSTOMER_PENDING') AND balance < 0) OR (kind = 'CUSTOMER_DEBT' AND balance > 0)`;
  const lotDrift = await db.$queryRaw<{ customerId: string; held: number; lots: number }[]>`
    SELECT c.id AS "customerId", held.balance AS held, COALESCE(lots.remaining, 0)::int AS lots
    FROM "Customer" c
    CROSS JOIN LATERAL (VALUES
      ('spendable', (SELECT balance FROM "Account" WHERE "customerId" = c.id)),
      ('pending', COALESCE((SELECT balance FROM "Account" WHERE code = 'pending:' || c.id), 0))
    ) AS held(kind, balance)
    LEFT JOIN LATERAL (
      SELECT SUM(remaining) AS remaining FROM "PointLot"
      WHERE "customerId" = c.id AND ("pendingUntil" IS NOT NULL) = (held.kind = 'pending')
    ) lots ON true
    WHERE held.balance <> COALESCE(lots.remaining, 0)`;
  return [
    ...drift.map((a) => `account ${a.id}: balance ${a.balance} but entries sum to ${a.sum}`),
    ...(Number(total?.total ?? 0) !== 0 ? [`balances sum to ${total?.total}, not 0`] : []),
    ...unbalanced.map((m) => `movement ${m.id}: entries do not sum to 0`),
    ...wrongSign.map((a) => `customer account ${a.id} has a balance of the wrong sign`),
    ...lotDrift.map(
      (c) => `customer ${c.customerId}: a balance of ${c.held} but lots holding ${c.lots}`,
    ),
  ];
};
