import { randomUUID } from 'node:crypto';
import { Prisma, type Channel, type MovementType, type Tx } from '@fidele/db';
import { customerActivityUpdate } from '../activity/index.ts';
import {
  debtAccountCode,
  pendingAccountCode,
  programmeAccountCode,
  programmeSlotCode,
} from './accounts.ts';
import { lotChanges } from './lots.ts';
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
  reason?: string;
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
  const { balance, pending, debt, lot, opened } = await lockCustomerPoints(tx, input);
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
  const customerChange = plan.spendable + plan.pending + plan.debt;
  // A capped debit records what it took, not what was asked.
  const points = input.points + plan.writtenOff;
  if (plan.spendable === 0 && plan.pending === 0 && plan.debt === 0)
    return { movementId: null, balance, plan };

  const customerLegs = [
    { kind: 'CUSTOMER_PENDING', code: pendingAccountCode(input.customerId), amount: plan.pending },
    { kind: 'CUSTOMER_DEBT', code: debtAccountCode(input.customerId), amount: plan.debt },
  ].filter((leg) => leg.amount !== 0);
  await openAccounts(
    tx,
    customerLegs.filter((leg) => !opened.includes(leg.code)),
  );
  const movementId = randomUUID();
  // The programme account is updated last: it is the row every concurrent movement of this
  // channel touches, so its lock is held for the shortest time.
  const coded = [
    ...customerLegs,
    {
      kind: 'PROGRAMME',
      code: programmeSlotCode(programmeAccountCode(input.type, input.channel), input.customerId),
      amount: -customerChange,
    },
  ].filter((leg) => leg.amount !== 0);
  const lots = lotChanges({
    customerId: input.customerId,
    movementId,
    source: input.source,
    plan,
    release: input.type === 'RELEASE',
    pendingUntil: input.pendingUntil,
    lot,
  });
  const [written] = await tx.$queryRaw<{ balance: number; lotsTaken: number }[]>`
    WITH movement AS (
      INSERT INTO "Movement" (id, "customerId", type, channel, points, "sourceType", "sourceId", reason, "staffUserId", qualifying)
      VALUES (${movementId}::uuid, ${input.customerId}::uuid, ${input.type}::"MovementType",
              ${input.channel}::"Channel", ${points}::int, ${input.source.type}, ${input.source.id ?? null},
              ${input.reason ?? null}, ${input.staffUserId ?? null}::uuid, ${input.qualifying ?? false})
    ), spendable AS (
      UPDATE "Account" SET balance = balance + ${plan.spendable}::int
      WHERE "customerId" = ${input.customerId}::uuid
      RETURNING id, balance
    ), legs AS (
      SELECT * FROM unnest(${coded.map((l) => l.kind)}::text[], ${coded.map((l) => l.code)}::text[],
                           ${coded.map((l) => l.amount)}::int[]) AS l(kind, code, amount)
    ), held AS (
      UPDATE "Account" a SET balance = a.balance + legs.amount
      FROM legs WHERE a.code = legs.code AND legs.kind <> 'PROGRAMME'
      RETURNING a.id, a.code, a.balance
    ), programme AS (
      INSERT INTO "Account" (kind, code, balance)
      SELECT 'PROGRAMME', code, amount FROM legs WHERE kind = 'PROGRAMME'
      ON CONFLICT (code) DO UPDATE SET balance = "Account".balance + EXCLUDED.balance
      RETURNING id, code, balance
    ), coded AS (
      SELECT * FROM held UNION ALL SELECT * FROM programme
    )${
      // Expiry and release are the programme's doing, not the customer's activity.
      input.type === 'EXPIRE' || input.type === 'RELEASE'
        ? Prisma.empty
        : Prisma.sql`, activity AS (${customerActivityUpdate({
            customerId: input.customerId,
            channel: input.channel,
          })})`
    }, entries AS (
      INSERT INTO "LedgerEntry" ("movementId", "accountId", amount, "balanceAfter")
      SELECT ${movementId}::uuid, id, ${plan.spendable}::int, balance FROM spendable WHERE ${plan.spendable}::int <> 0
      UNION ALL
      SELECT ${movementId}::uuid, coded.id, legs.amount, coded.balance FROM coded JOIN legs USING (code)
    )${lots}
    SELECT balance, (SELECT taken FROM lot_check) AS "lotsTaken" FROM spendable`;
  if (plan.spendable < 0 && input.type !== 'RELEASE' && written!.lotsTaken !== -plan.spendable)
    throw new Error(
      `Customer ${input.customerId}'s lots hold ${written!.lotsTaken} of the ${-plan.spendable} points spent`,
    );
  return { movementId, balance: written!.balance, plan };
}

/**
 * Opens the customer's pending or debt account the first time a movement needs it (under the
 * customer's lock, so never twice). Opened empty, then moved like any account: a CHECK applies to
 * the row an upsert proposes, so a first debit of a debt account could not be an upsert.
 */
const openAccounts = async (tx: Tx, legs: { kind: string; code: string }[]) => {
  if (legs.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Account" (kind, code, balance)
    SELECT kind::"AccountKind", code, 0
    FROM unnest(${legs.map((l) => l.kind)}::text[], ${legs.map((l) => l.code)}::text[]) AS l(kind, code)`;
};

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
  opened: string[];
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
    opened: [
      ...(held.pending == null ? [] : [pendingAccountCode(input.customerId)]),
      ...(held.debt == null ? [] : [debtAccountCode(input.customerId)]),
    ],
    ...(input.lotId
      ? { lot: { id: input.lotId, remaining: held.lotRemaining!, pending: held.lotPending! } }
      : {}),
  };
};

/** Opens the customer's points account; every customer has exactly one. */
export const openCustomerAccount = async (tx: Tx, customerId: string): Promise<void> => {
  await tx.account.create({ data: { kind: 'CUSTOMER', customerId } });
};
