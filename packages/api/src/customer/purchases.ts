import { getMyPurchase } from '@fidele/core/purchases';
import { myPurchaseInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

export const purchasesRouter = router({
  /** One of her purchases, its lines, how its points were computed, its refunds; hers only. */
  get: customerProcedure
    .input(myPurchaseInput)
    .query(({ ctx, input }) =>
      getMyPurchase(ctx.db, { customerId: ctx.customer.id, purchaseId: input.purchaseId }),
    ),
});
