import type { StaffRole } from '@fidele/db';
import { AppError } from '../errors.ts';

/** A staff member as the rules see them. */
export type StaffStanding = { id: string; role: StaffRole; disabled: boolean };

/** What an OWNER asks to change about a member. */
export type StaffChange = { role?: StaffRole; disabled?: boolean };

/**
 * Whether `actorId` may make this change to `target`, given how many active owners there are:
 * nobody changes their own role or disables themselves (another owner does it, so the programme
 * is never locked out by a slip), and the last active owner stays an active owner.
 */
export const checkStaffChange = ({
  actorId,
  target,
  change,
  activeOwners,
}: {
  actorId: string;
  target: StaffStanding;
  change: StaffChange;
  activeOwners: number;
}): void => {
  const changesRole = change.role !== undefined && change.role !== target.role;
  const disables = change.disabled === true && !target.disabled;
  if (target.id === actorId && (changesRole || disables)) throw new AppError('staff_self_change');
  const leavesOwners = target.role === 'OWNER' && !target.disabled && (changesRole || disables);
  if (leavesOwners && activeOwners <= 1) throw new AppError('last_owner');
};
