import { randomUUID } from 'node:crypto';
import { Prisma, type Channel, type MovementType, type Tx } from '@fidele/db';
import {
  debtAccountCode,
  pendingAccountCode,
  programmeAccountCode,
  programmeSlotCode,
} from './accounts.ts';
import { planMovement, type LotState, type MovementPlan, type Shortfall } from './movement-plan.ts';

export type MovementInput = {
  customerId: string;
  type: MovementType;
  channel: Channel;
  /**
   * Signed points of the movement as the customer sees it; never zero. A RELEASE moves this many
   * points of `lotId` from pending to spendable.
   */
  points: number;
  source: { type: string; id?: string };
  /** Internal note, for staff only. */
  reason?: string;
  /** What the movement was for, in words the customer reads in her history (an adjustment's). */
  customerReason?: string;
  staffUserId?: string;
  /** A credit that is not spendable before this time (the programme's pending period). */
  pendingUntil?: Date;
  /** A debit beyond what the customer holds: see `Shortfall`; refused by default. */
  shortfall?: Shortfall;
  /** The lot a debit takes from first (a refund of its purchase, an expiry), or a RELEASE frees. */
  lotId?: string;
  /** Counts towards the customer's tier (see `Movement.qualifying`). */
  qualifying?: boolean;
};

export type RecordedMovement = {
  /** Null when a capped debit found nothing to take. */
  movementId: string | null;
  /** The customer's spendable balance after the movement. */
  balance: number;
  plan: MovementPlan;
};

/**
 * Writes one balanced movement inside the caller's transaction. The customer's spendable account
 * row is locked first: every movement of a customer takes that lock, so their balances and point
 * lots are read fresh and change one movement at a time. The movement is then split over the
 * customer's balances (`planMovement`) and written in one statement: the movement, its entries,
 * the cached balances and the point lots. A debit beyond the balance writes nothing and fails with
 * `insufficient_points` (unless a shortfall rule says otherwise). The database is the backstop for
 * any writer that bypasses this function: CHECKs on the balances, and triggers that refuse a
 * movement whose entries do not balance and a balance moved without its entry. They check each
 * statement, so a movement is written in one.
 */
export async function recordMovement(
  tx: Tx,
  input: MovementInput & { shortfall: 'cap' },
): Promise<RecordedMovement>;
export async function recordMovement(
  tx: Tx,
  input: MovementInput,
): Promise<RecordedMovement & { movementId: string }>;
export async function recordMovement(tx: Tx, input: MovementInput): Promise<RecordedMovement> {
  if (!Number.isSafeInteger(input.points) || input.points === 0)
    throw new Error(`A movement needs a non-zero integer of points, got ${input.points}`);
  const { balance, pending, debt, lot } = await lockCustomerPoints(tx, input);
  const plan = planMovement(
    {
      points: input.points,
      release: input.type === 'RELEASE',
      pendingUntil: input.pendingUntil,
      shortfall: input.shortfall,
      lot,
    },
    { spendable: balance, pending, debt },
  );
  // A capped debit records what it took, not what was asked.
  const points = input.points + plan.writtenOff;
  if (plan.spendable === 0 && plan.pending === 0 && plan.debt === 0)
    return { movementId: null, balance, plan };

  const movementId = randomUUID();
  const [written] = await tx.$queryRaw<{ balance: number; lotsTaken: number }[]>`
    SELECT new_balance AS balance, taken_from_lots AS "lotsTaken"
    FROM write_movement(${movementArguments(input, movementId, points, plan, lot)})`;
  if (plan.spendable < 0 && input.type !== 'RELEASE' && written!.lotsTaken !== -plan.spendable)
    throw new Error(
      `Customer ${input.customerId}'s lots hold ${written!.lotsTaken} of the ${-plan.spendable} points spent`,
    );
  return { movementId, balance: written!.balance, plan };
}

/**
 * The arguments of `write_movement` (the `movement_written_by_one_function` migration) for a
 * movement planned under the customer's lock.
 */
export const movementArguments = (
  input: MovementInput,
  movementId: string,
  points: number,
  plan: MovementPlan,
  lot: LotState | undefined,
) => Prisma.sql`
  ${movementId}::uuid, ${input.customerId}::uuid, ${input.type}::"MovementType",
  ${input.channel}::"Channel", ${points}::int, ${input.source.type}, ${input.source.id ?? null},
  ${input.reason ?? null}, ${input.staffUserId ?? null}::uuid, ${input.qualifying ?? false},
  ${plan.spendable}::int, ${plan.pending}::int, ${plan.debt}::int,
  ${pendingAccountCode(input.customerId)}, ${debtAccountCode(input.customerId)},
  ${programmeSlotCode(programmeAccountCode(input.type, input.channel), input.customerId)},
  ${input.type === 'RELEASE'}, ${input.pendingUntil ?? null}::timestamptz,
  ${lot?.id ?? null}::uuid, ${lot?.pending ?? false}, ${input.customerReason ?? null}`;

/**
 * Locks the customer's spendable account, then reads their balances and the movement's lot: one
 * round trip (`lock_customer_points`, whose read follows the lock with a fresh snapshot).
 */
const lockCustomerPoints = async (
  tx: Tx,
  input: MovementInput,
): Promise<{
  balance: number;
  pending: number;
  debt: number;
  lot?: LotState;
}> => {
  const [held] = await tx.$queryRaw<
    {
      balance: number;
      pending: number | null;
      debt: number | null;
      lotRemaining: number | null;
      lotPending: boolean | null;
    }[]
  >`
    SELECT * FROM lock_customer_points(${input.customerId}::uuid, ${pendingAccountCode(input.customerId)},
                                       ${debtAccountCode(input.customerId)}, ${input.lotId ?? null}::uuid)`;
  if (!held) throw new Error(`Customer ${input.customerId} has no points account`);
  if (input.lotId && held.lotRemaining == null)
    throw new Error(`Lot ${input.lotId} is not one of customer ${input.customerId}'s`);
  return {
    balance: held.balance,
    pending: held.pending ?? 0,
    debt: held.debt ?? 0,
    ...(input.lotId
      ? { lot: { id: input.lotId, remaining: held.lotRemaining!, pending: held.lotPending! } }
      : {}),
  };
};

/** Opens the customer's points account; every customer has exactly one. */
export const openCustomerAccount = async (tx: Tx, customerId: string): Promise<void> => {
  await tx.account.create({ data: { kind: 'CUSTOMER', customerId } });
};
