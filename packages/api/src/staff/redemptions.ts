import { can } from '@fidele/auth/permissions';
import { formatCode, listRedemptionShops, listRedemptionsSeenBy } from '@fidele/core/rewards';
import type { StaffRole } from '@fidele/db';
import { redemptionListInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('redemptions:read');

/** Staff without `redemptions:all-shops` see only the shops they work in. */
const viewer = (staff: { id: string; role: StaffRole }) => ({
  staffUserId: staff.id,
  allShops: can(staff.role, 'redemptions:all-shops'),
});

export const redemptionsRouter = router({
  /** Newest first, each code with its display form (ABCD-EFGH-JKMN-PQ). */
  list: reader.input(redemptionListInput).query(async ({ ctx, input }) => {
    const page = await listRedemptionsSeenBy(ctx.db, { ...input, ...viewer(ctx.staff) });
    return {
      ...page,
      rows: page.rows.map((row) => ({
        ...row,
        code: { ...row.code, formatted: formatCode(row.code.code) },
      })),
    };
  }),
  /** The shops the caller may filter by. */
  shops: reader.query(({ ctx }) => listRedemptionShops(ctx.db, viewer(ctx.staff))),
});
