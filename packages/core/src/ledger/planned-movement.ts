import { randomUUID } from 'node:crypto';
import type { Channel, MovementType } from '@fidele/db';
import {
  debtAccountCode,
  pendingAccountCode,
  programmeAccountCode,
  programmeSlotCode,
} from './accounts.ts';
import type { CustomerBalances, LotState, MovementPlan } from './movement-plan.ts';

/**
 * A movement planned in TypeScript for a till's use-case function, which writes it with
 * `write_movement_of` (jsonb) under the customer's lock, after checking the balances it was
 * planned on still hold.
 */
export type PlannedMovement = {
  id: string;
  points: number;
  spendable: number;
  pending: number;
  debt: number;
  pendingUntil?: Date;
  sourceType: string;
  sourceId: string;
  reason?: string;
  qualifying: boolean;
  /** The lot a debit takes from first: a refund's, its purchase's. */
  lot?: Pick<LotState, 'id' | 'pending'>;
  pendingCode: string;
  debtCode: string;
  programmeCode: string;
};

export const plannedMovement = (
  customerId: string,
  type: MovementType,
  channel: Channel,
  plan: MovementPlan,
  movement: Pick<
    PlannedMovement,
    'points' | 'pendingUntil' | 'sourceType' | 'sourceId' | 'reason' | 'qualifying' | 'lot'
  >,
): PlannedMovement => ({
  id: randomUUID(),
  ...movement,
  spendable: plan.spendable,
  pending: plan.pending,
  debt: plan.debt,
  pendingCode: pendingAccountCode(customerId),
  debtCode: debtAccountCode(customerId),
  programmeCode: programmeSlotCode(programmeAccountCode(type, channel), customerId),
});

/** The customer's balances once a planned movement is written. */
export const balancesAfter = (
  balances: CustomerBalances,
  plan: MovementPlan,
): CustomerBalances => ({
  spendable: balances.spendable + plan.spendable,
  pending: balances.pending + plan.pending,
  debt: balances.debt + plan.debt,
});
