import { randomUUID } from 'node:crypto';
import type { Channel, MovementType, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import { programmeAccountCode, programmeSlotCode } from './accounts.ts';

export type MovementInput = {
  customerId: string;
  type: MovementType;
  channel: Channel;
  /** Signed change of the customer's balance; never zero. */
  points: number;
  source: { type: string; id?: string };
  reason?: string;
  staffUserId?: string;
};

export type RecordedMovement = { movementId: string; balance: number };

/**
 * Writes one balanced movement: the customer's entry, the programme account's opposite entry,
 * and both cached balances, in one statement inside the caller's transaction. A debit larger than
 * the balance writes nothing and fails with `insufficient_points`; the database's CHECK on the
 * balance is the backstop for any writer that bypasses this function.
 */
export const recordMovement = async (tx: Tx, input: MovementInput): Promise<RecordedMovement> => {
  if (!Number.isSafeInteger(input.points) || input.points === 0)
    throw new Error(`A movement needs a non-zero integer of points, got ${input.points}`);
  const movementId = randomUUID();
  const code = programmeSlotCode(programmeAccountCode(input.type, input.channel), input.customerId);
  // The programme account is updated last: it is the row every concurrent movement of this
  // channel touches, so its lock is held for the shortest time.
  const rows = await tx.$queryRaw<{ balance: number }[]>`
    WITH customer_account AS (
      UPDATE "Account" SET balance = balance + ${input.points}::int
      WHERE "customerId" = ${input.customerId}::uuid AND balance + ${input.points}::int >= 0
      RETURNING id, balance
    ), movement AS (
      INSERT INTO "Movement" (id, "customerId", type, channel, points, "sourceType", "sourceId", reason, "staffUserId")
      SELECT ${movementId}::uuid, ${input.customerId}::uuid, ${input.type}::"MovementType",
             ${input.channel}::"Channel", ${input.points}::int, ${input.source.type}, ${input.source.id ?? null},
             ${input.reason ?? null}, ${input.staffUserId ?? null}::uuid
      FROM customer_account
      RETURNING id
    ), programme_account AS (
      INSERT INTO "Account" (kind, code, balance)
      SELECT 'PROGRAMME'::"AccountKind", ${code}, ${-input.points}::int FROM movement
      ON CONFLICT (code) DO UPDATE SET balance = "Account".balance + EXCLUDED.balance
      RETURNING id, balance
    ), entries AS (
      INSERT INTO "LedgerEntry" ("movementId", "accountId", amount, "balanceAfter")
      SELECT ${movementId}::uuid, id, ${input.points}::int, balance FROM customer_account
      UNION ALL
      SELECT ${movementId}::uuid, id, ${-input.points}::int, balance FROM programme_account
    )
    SELECT balance FROM customer_account`;
  const row = rows[0];
  if (!row) {
    if (input.points > 0) throw new Error(`Customer ${input.customerId} has no points account`);
    throw new AppError('unprocessable', 'insufficient_points', 'Not enough points for this.');
  }
  return { movementId, balance: row.balance };
};

/** Opens the customer's points account; every customer has exactly one. */
export const openCustomerAccount = async (tx: Tx, customerId: string): Promise<void> => {
  await tx.account.create({ data: { kind: 'CUSTOMER', customerId } });
};
