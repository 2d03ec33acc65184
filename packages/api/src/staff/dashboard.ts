import { can } from '@fidele/auth/permissions';
import {
  type DashboardViewer,
  dashboardScope,
  listCampaigns,
  readChannelFlows,
  readDashboard,
} from '@fidele/core/dashboard';
import type { StaffRole } from '@fidele/db';
import { dashboardInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

/** Staff without `dashboard:all-shops` see the figures of the shops they work in. */
export const dashboardViewer = (staff: { id: string; role: StaffRole }): DashboardViewer => ({
  staffUserId: staff.id,
  allShops: can(staff.role, 'dashboard:all-shops'),
});

const reader = staffProcedure('dashboard:read').input(dashboardInput);

export const dashboardRouter = router({
  read: reader.query(async ({ ctx, input }) => {
    const { scope, shops } = await dashboardScope(ctx.db, dashboardViewer(ctx.staff), input.shopId);
    const dashboard = await readDashboard(ctx.db, { range: input, scope });
    return {
      ...dashboard,
      shopId: input.shopId ?? null,
      shopChoices: shops,
      allShops: scope.allShops,
    };
  }),
  /** How customers move between channels: loaded beside the figures, as it reads the period's rows. */
  flows: reader.query(async ({ ctx, input }) => {
    const { scope } = await dashboardScope(ctx.db, dashboardViewer(ctx.staff), input.shopId);
    return readChannelFlows(ctx.db, { range: input, scope });
  }),
  /** Contests, offers, private sales and games of the last year, to compare their days with the days before. */
  campaigns: staffProcedure('dashboard:read').query(({ ctx }) => listCampaigns(ctx.db)),
});
