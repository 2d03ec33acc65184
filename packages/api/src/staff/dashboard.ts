import { can } from '@fidele/auth/permissions';
import { type DashboardViewer, dashboardScope, readDashboard } from '@fidele/core/dashboard';
import type { StaffRole } from '@fidele/db';
import { dashboardInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

/** Staff without `dashboard:all-shops` see the figures of the shops they work in. */
export const dashboardViewer = (staff: { id: string; role: StaffRole }): DashboardViewer => ({
  staffUserId: staff.id,
  allShops: can(staff.role, 'dashboard:all-shops'),
});

export const dashboardRouter = router({
  read: staffProcedure('dashboard:read')
    .input(dashboardInput)
    .query(async ({ ctx, input }) => {
      const { scope, shops } = await dashboardScope(
        ctx.db,
        dashboardViewer(ctx.staff),
        input.shopId,
      );
      const dashboard = await readDashboard(ctx.db, { range: input, scope });
      return {
        ...dashboard,
        shopId: input.shopId ?? null,
        shopChoices: shops,
        allShops: scope.allShops,
      };
    }),
});
