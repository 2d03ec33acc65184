import { claimReceipt } from '@fidele/core/purchases';
import { receiptClaimInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

/** Points of a purchase made without the card, from the code on its receipt. */
const claim = customerProcedure
  .input(receiptClaimInput)
  .mutation(({ ctx, input }) =>
    ctx.db.$transaction((tx) =>
      claimReceipt(tx, { customerId: ctx.customer.id, claimCode: input.code, now: new Date() }),
    ),
  );

export const receiptsRouter = router({ claim });
