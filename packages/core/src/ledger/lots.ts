import type { Tx } from '@fidele/db';
import type { LotState, MovementPlan } from './movement-plan.ts';

type LotChange = {
  customerId: string;
  movementId: string;
  source: { type: string; id?: string };
  plan: MovementPlan;
  release: boolean;
  pendingUntil?: Date;
  lot?: LotState;
};

/**
 * Keeps the point lots in step with a movement, under the lock `recordMovement` holds: a credit
 * opens a lot, a release makes its lot spendable, a debit takes from its own lot first and then
 * from the lots that expire first. Spent points have left their lots, so expiry never takes them.
 */
export const applyToLots = async (tx: Tx, change: LotChange): Promise<void> => {
  const { plan, lot } = change;
  if (change.release) {
    await tx.$executeRaw`
      UPDATE "PointLot" SET "pendingUntil" = NULL, remaining = ${plan.spendable}::int
      WHERE id = ${lot!.id}::uuid`;
    return;
  }
  if (plan.pending > 0) await openLot(tx, change, plan.pending, change.pendingUntil ?? null);
  if (plan.spendable > 0) await openLot(tx, change, plan.spendable, null);
  if (plan.pending < 0)
    await tx.$executeRaw`
      UPDATE "PointLot" SET remaining = remaining + ${plan.pending}::int WHERE id = ${lot!.id}::uuid`;
  if (plan.spendable < 0) await takeFromLots(tx, change, -plan.spendable);
};

const openLot = (tx: Tx, change: LotChange, points: number, pendingUntil: Date | null) =>
  tx.$executeRaw`
    INSERT INTO "PointLot" ("customerId", "movementId", "sourceType", "sourceId", points, remaining, "pendingUntil", "expiresAt")
    SELECT ${change.customerId}::uuid, ${change.movementId}::uuid, ${change.source.type}, ${change.source.id ?? null},
           ${points}::int, ${points}::int, ${pendingUntil}::timestamptz,
           now() + make_interval(months => COALESCE((SELECT "expiryMonths" FROM "ProgrammeSettings" WHERE id = 1), 12))`;

/** Takes `points` from the spendable lots: the movement's own lot first, then the first to expire. */
const takeFromLots = async (tx: Tx, change: LotChange, points: number) => {
  const first = change.lot && !change.lot.pending ? change.lot.id : null;
  const [taken] = await tx.$queryRaw<{ total: number | null }[]>`
    WITH ordered AS (
      SELECT id, remaining,
             SUM(remaining) OVER (ORDER BY id = ${first}::uuid DESC, "expiresAt", "createdAt", id) - remaining AS before
      FROM "PointLot"
      WHERE "customerId" = ${change.customerId}::uuid AND "pendingUntil" IS NULL AND remaining > 0
    ), updated AS (
      UPDATE "PointLot" lot SET remaining = lot.remaining - LEAST(o.remaining, ${points}::int - o.before)
      FROM ordered o WHERE lot.id = o.id AND o.before < ${points}::int
      RETURNING LEAST(o.remaining, ${points}::int - o.before) AS taken
    )
    SELECT SUM(taken)::int AS total FROM updated`;
  if ((taken?.total ?? 0) !== points)
    throw new Error(
      `Customer ${change.customerId}'s lots hold ${taken?.total ?? 0} of the ${points} points spent`,
    );
};
