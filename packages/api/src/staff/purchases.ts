import { can } from '@fidele/auth/permissions';
import { listPurchases } from '@fidele/core/purchases';
import { listRedemptionShops } from '@fidele/core/rewards';
import type { StaffRole } from '@fidele/db';
import { purchaseListInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('customers:read');

/** Staff without `purchases:all-shops` see only the purchases of the shops they work in. */
const viewer = (staff: { id: string; role: StaffRole }) => ({
  staffUserId: staff.id,
  allShops: can(staff.role, 'purchases:all-shops'),
});

export const purchasesRouter = router({
  list: reader
    .input(purchaseListInput)
    .query(({ ctx, input }) => listPurchases(ctx.db, { ...input, ...viewer(ctx.staff) })),
  /** The shops the caller may filter by. */
  shops: reader.query(({ ctx }) => listRedemptionShops(ctx.db, viewer(ctx.staff))),
});
