import { listPurchases } from '@fidele/core/purchases';
import { listRedemptionShops } from '@fidele/core/rewards';
import { purchaseListInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';
import { purchaseViewer } from './purchase-viewer.ts';

const reader = staffProcedure('customers:read');

export const purchasesRouter = router({
  list: reader
    .input(purchaseListInput)
    .query(({ ctx, input }) => listPurchases(ctx.db, { ...input, ...purchaseViewer(ctx.staff) })),
  /** The shops the caller may filter by. */
  shops: reader.query(({ ctx }) => listRedemptionShops(ctx.db, purchaseViewer(ctx.staff))),
});
