import type { Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { recordMovement } from './record-movement.ts';

/** A manual correction larger than this is a data import, not an adjustment. */
export const MAX_ADJUSTMENT = 1_000_000;
export const REASON_LENGTH = { min: 3, max: 500 } as const;
export const CUSTOMER_REASON_LENGTH = { min: 3, max: 200 } as const;

export type PointsAdjustment = {
  customerId: string;
  /** Signed: a credit is positive, a debit negative. */
  points: number;
  /** What it was for, in words for the customer: her history shows them. */
  customerReason: string;
  /** The staff member's internal note, if any; kept on the movement and in the audit log. */
  reason?: string;
  staffUserId: string;
  /** Counts towards the customer's tier (a goodwill purchase credit, say). */
  qualifying?: boolean;
};

export type AdjustedPoints = { movementId: string; balance: number };

/** The adjustment as it will be written (reasons trimmed, a blank note dropped), or `invalid_adjustment`. */
export const checkAdjustment = (input: PointsAdjustment): PointsAdjustment => {
  const customerReason = input.customerReason.trim();
  const reason = input.reason?.trim() || undefined;
  if (!Number.isSafeInteger(input.points) || input.points === 0)
    throw invalidAdjustment('Points must be a non-zero whole number.');
  if (Math.abs(input.points) > MAX_ADJUSTMENT)
    throw invalidAdjustment(`An adjustment is at most ${MAX_ADJUSTMENT} points either way.`);
  if (
    customerReason.length < CUSTOMER_REASON_LENGTH.min ||
    customerReason.length > CUSTOMER_REASON_LENGTH.max
  )
    throw invalidAdjustment(
      `The reason shown to the customer must be ${CUSTOMER_REASON_LENGTH.min} to ${CUSTOMER_REASON_LENGTH.max} characters.`,
    );
  if (
    reason !== undefined &&
    (reason.length < REASON_LENGTH.min || reason.length > REASON_LENGTH.max)
  )
    throw invalidAdjustment(
      `The internal note must be ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters.`,
    );
  return { ...input, customerReason, reason };
};

const invalidAdjustment = (message: string) => new AppError('invalid_adjustment', message);

/**
 * A staff member credits or debits a customer's points by hand. The movement and its audit entry
 * are written in the caller's transaction; a debit beyond the balance writes neither and fails
 * with `insufficient_points`.
 */
export const adjustPoints = async (tx: Tx, input: PointsAdjustment): Promise<AdjustedPoints> => {
  const adjustment = checkAdjustment(input);
  const customer = await tx.customer.findUnique({
    where: { id: adjustment.customerId },
    select: { id: true },
  });
  // Checked here rather than through the customers domain, which itself depends on the ledger.
  if (!customer) throw new AppError('customer_not_found');
  const { movementId, balance } = await recordMovement(tx, {
    customerId: adjustment.customerId,
    type: 'ADJUST',
    channel: 'ADMIN',
    points: adjustment.points,
    source: { type: 'ADJUSTMENT' },
    reason: adjustment.reason,
    customerReason: adjustment.customerReason,
    staffUserId: adjustment.staffUserId,
    qualifying: adjustment.qualifying,
  });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: adjustment.staffUserId },
    action: 'points.adjust',
    target: { type: 'customer', id: adjustment.customerId },
    data: {
      points: adjustment.points,
      customerReason: adjustment.customerReason,
      reason: adjustment.reason ?? null,
      qualifying: adjustment.qualifying ?? false,
      balance,
      movementId,
    },
  });
  return { movementId, balance };
};
