import { getStaffMember } from '@fidele/core/staff';
import { staffProcedure } from '../trpc.ts';

/** The signed-in staff member; every role may read itself. */
export const me = staffProcedure('customers:read').query(({ ctx }) =>
  getStaffMember(ctx.db, ctx.staff.id),
);
