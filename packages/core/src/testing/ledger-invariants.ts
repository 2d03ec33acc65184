import type { Db } from '@fidele/db';

/**
 * Reads the ledger's invariants straight from the tables: each account's entries sum to its cached
 * balance, all balances sum to zero, each movement's entries sum to zero, and no customer balance
 * is negative. Returns the violations (empty when the ledger is sound).
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
  const negative = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Account" WHERE kind = 'CUSTOMER' AND balance < 0`;
  return [
    ...drift.map((a) => `account ${a.id}: balance ${a.balance} but entries sum to ${a.sum}`),
    ...(Number(total?.total ?? 0) !== 0 ? [`balances sum to ${total?.total}, not 0`] : []),
    ...unbalanced.map((m) => `movement ${m.id}: entries do not sum to 0`),
    ...negative.map((a) => `customer account ${a.id} is negative`),
  ];
};
