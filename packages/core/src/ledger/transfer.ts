import { randomUUID } from 'node:crypto';
import { Prisma, type Tx } from '@fidele/db';
import { debtAccountCode, pendingAccountCode, programmeAccountCode } from './accounts.ts';

/** What a customer's accounts hold, as read under her lock. */
type Holdings = { spendable: number; pending: number; debt: number };

export type PointsTransfer = {
  /** The account the points leave (its balances end at zero). */
  fromCustomerId: string;
  toCustomerId: string;
  /** What names the transfer on both movements (`MERGE_OUT` / `MERGE_IN` source ids). */
  sourceId: string;
  staffUserId: string;
};

/** The programme's side of both movements of a transfer: back to zero once both are written. */
const TRANSFER_ACCOUNT = programmeAccountCode('TRANSFER', 'ADMIN');

/**
 * Moves everything one customer holds to another: spendable, pending and owed points, as a pair
 * of TRANSFER movements (out of one, into the other) through the programme's transfer account.
 * The point lots move with their dates: each lot left with points is emptied and a copy opened on
 * the receiving account with what it held, when it becomes spendable, when it expires and what
 * earned it (so a refund of that purchase still finds its points). Both customers' points must be
 * locked by the caller. Nothing held: no movement.
 */
export const transferPoints = async (tx: Tx, transfer: PointsTransfer): Promise<Holdings> => {
  const held = await holdingsOf(tx, transfer.fromCustomerId);
  const total = held.spendable + held.pending + held.debt;
  if (held.spendable === 0 && held.pending === 0 && held.debt === 0) return held;
  // Accounts a leg needs are opened empty first: a statement's CTEs share one snapshot, so the
  // movement's statement could not see an account it opened.
  await tx.$executeRaw`
    INSERT INTO "Account" (kind, code, balance)
    VALUES ('CUSTOMER_PENDING', ${pendingAccountCode(transfer.toCustomerId)}, 0),
           ('CUSTOMER_DEBT', ${debtAccountCode(transfer.toCustomerId)}, 0),
           ('PROGRAMME', ${TRANSFER_ACCOUNT}, 0)
    ON CONFLICT (code) DO NOTHING`;
  const into = randomUUID();
  await writeTransferMovement(tx, {
    movementId: into,
    customerId: transfer.toCustomerId,
    points: total,
    sourceType: 'MERGE_IN',
    sourceId: transfer.sourceId,
    staffUserId: transfer.staffUserId,
    legs: held,
    lots: Prisma.sql`, lots AS (
      INSERT INTO "PointLot" ("customerId", "movementId", "sourceType", "sourceId", points, remaining,
                              "pendingUntil", "expiresAt", "createdAt")
      SELECT ${transfer.toCustomerId}::uuid, ${into}::uuid, l."sourceType", l."sourceId", l.remaining,
             l.remaining, l."pendingUntil", l."expiresAt", l."createdAt"
      FROM "PointLot" l WHERE l."customerId" = ${transfer.fromCustomerId}::uuid AND l.remaining > 0
    )`,
  });
  await writeTransferMovement(tx, {
    movementId: randomUUID(),
    customerId: transfer.fromCustomerId,
    points: -total,
    sourceType: 'MERGE_OUT',
    sourceId: transfer.sourceId,
    staffUserId: transfer.staffUserId,
    legs: { spendable: -held.spendable, pending: -held.pending, debt: -held.debt },
    lots: Prisma.sql`, lots AS (
      UPDATE "PointLot" SET remaining = 0
      WHERE "customerId" = ${transfer.fromCustomerId}::uuid AND remaining > 0
    )`,
  });
  return held;
};

const holdingsOf = async (tx: Tx, customerId: string): Promise<Holdings> => {
  // The ledger's own locked read (every movement's), the lock already the caller's.
  const [held] = await tx.$queryRaw<Holdings[]>`
    SELECT balance AS spendable, COALESCE(pending, 0) AS pending, COALESCE(debt, 0) AS debt
    FROM lock_customer_points(${customerId}::uuid, ${pendingAccountCode(customerId)},
                              ${debtAccountCode(customerId)}, NULL)`;
  if (!held) throw new Error(`Customer ${customerId} has no points account`);
  return held;
};

/**
 * One TRANSFER movement in one statement (the ledger's triggers check each statement): the
 * movement, the customer's balances and the programme's transfer account moved, their entries,
 * and what the transfer does to the lots.
 */
const writeTransferMovement = async (
  tx: Tx,
  movement: {
    movementId: string;
    customerId: string;
    points: number;
    sourceType: 'MERGE_IN' | 'MERGE_OUT';
    sourceId: string;
    staffUserId: string;
    legs: Holdings;
    lots: Prisma.Sql;
  },
) => {
  const { movementId, customerId, legs } = movement;
  await tx.$executeRaw`
    WITH legs AS (
      SELECT l.ord, l.account, l.amount
      FROM (VALUES
        (1, (SELECT id FROM "Account" WHERE "customerId" = ${customerId}::uuid), ${legs.spendable}::int),
        (2, (SELECT id FROM "Account" WHERE code = ${pendingAccountCode(customerId)}), ${legs.pending}::int),
        (3, (SELECT id FROM "Account" WHERE code = ${debtAccountCode(customerId)}), ${legs.debt}::int),
        (4, (SELECT id FROM "Account" WHERE code = ${TRANSFER_ACCOUNT}),
            ${-(legs.spendable + legs.pending + legs.debt)}::int)
      ) AS l(ord, account, amount)
      WHERE l.amount <> 0
    ), movement AS (
      INSERT INTO "Movement" (id, "customerId", type, channel, points, "sourceType", "sourceId", "staffUserId")
      VALUES (${movementId}::uuid, ${customerId}::uuid, 'TRANSFER', 'ADMIN', ${movement.points}::int,
              ${movement.sourceType}, ${movement.sourceId}, ${movement.staffUserId}::uuid)
    ), moved AS (
      UPDATE "Account" a SET balance = a.balance + legs.amount
      FROM legs WHERE a.id = legs.account
      RETURNING a.id, a.balance
    ), entries AS (
      INSERT INTO "LedgerEntry" ("movementId", "accountId", amount, "balanceAfter")
      SELECT ${movementId}::uuid, legs.account, legs.amount, moved.balance
      FROM legs JOIN moved ON moved.id = legs.account ORDER BY legs.ord
    ) ${movement.lots}
    SELECT 1`;
};
