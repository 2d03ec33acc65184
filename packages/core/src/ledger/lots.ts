import { Prisma } from '@fidele/db';
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
 * The point lots' side of a movement, as CTEs of the statement that writes it (under the lock
 * `recordMovement` holds, so the lots it reads are current): a credit opens a lot, a release makes
 * its lot spendable, a debit takes from its own lot first and then from the lots that expire
 * first. Spent points have left their lots, so expiry never takes them. The statement returns
 * `lots_taken`, which the caller checks against the debit.
 */
export const lotChanges = (change: LotChange): Prisma.Sql => {
  const { plan, lot } = change;
  const ctes: Prisma.Sql[] = [];
  if (change.release)
    ctes.push(Prisma.sql`lot_released AS (
      UPDATE "PointLot" SET "pendingUntil" = NULL, remaining = ${plan.spendable}::int
      WHERE id = ${lot!.id}::uuid)`);
  else {
    if (plan.pending > 0)
      ctes.push(openLot('lot_pending', change, plan.pending, change.pendingUntil ?? null));
    if (plan.spendable > 0) ctes.push(openLot('lot_spendable', change, plan.spendable, null));
    if (plan.pending < 0)
      ctes.push(Prisma.sql`lot_unpended AS (
        UPDATE "PointLot" SET remaining = remaining + ${plan.pending}::int WHERE id = ${lot!.id}::uuid)`);
  }
  const taking = !change.release && plan.spendable < 0;
  if (taking) ctes.push(takeFromLots(change, -plan.spendable));
  const taken = taking
    ? Prisma.sql`(SELECT COALESCE(SUM(taken), 0)::int FROM lots_taken)`
    : Prisma.sql`0`;
  return Prisma.sql`${ctes.length ? Prisma.sql`, ${Prisma.join(ctes, ', ')}` : Prisma.empty}
    , lot_check AS (SELECT ${taken} AS taken)`;
};

const openLot = (name: string, change: LotChange, points: number, pendingUntil: Date | null) =>
  Prisma.sql`${Prisma.raw(name)} AS (
    INSERT INTO "PointLot" ("customerId", "movementId", "sourceType", "sourceId", points, remaining, "pendingUntil", "expiresAt")
    SELECT ${change.customerId}::uuid, ${change.movementId}::uuid, ${change.source.type}, ${change.source.id ?? null},
           ${points}::int, ${points}::int, ${pendingUntil}::timestamptz,
           now() + make_interval(months => COALESCE((SELECT "expiryMonths" FROM "ProgrammeSettings" WHERE id = 1), 12)))`;

/** Takes `points` from the spendable lots: the movement's own lot first, then the first to expire. */
const takeFromLots = (change: LotChange, points: number) => {
  const first = change.lot && !change.lot.pending ? change.lot.id : null;
  return Prisma.sql`lots_ordered AS (
      SELECT id, remaining,
             SUM(remaining) OVER (ORDER BY id = ${first}::uuid DESC, "expiresAt", "createdAt", id) - remaining AS before
      FROM "PointLot"
      WHERE "customerId" = ${change.customerId}::uuid AND "pendingUntil" IS NULL AND remaining > 0
    ), lots_taken AS (
      UPDATE "PointLot" lot SET remaining = lot.remaining - LEAST(o.remaining, ${points}::int - o.before)
      FROM lots_ordered o WHERE lot.id = o.id AND o.before < ${points}::int
      RETURNING LEAST(o.remaining, ${points}::int - o.before) AS taken
    )`;
};
