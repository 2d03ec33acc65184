import { listCustomerHistoryPage } from '@fidele/core/ledger';
import { myMovementsInput } from '@fidele/validators';
import { customerProcedure } from '../trpc.ts';

/** The customer's own history, newest first, with the running balance; filter by channel. */
export const movements = customerProcedure.input(myMovementsInput).query(({ ctx, input }) =>
  listCustomerHistoryPage(ctx.db, {
    customerId: ctx.customer.id,
    channel: input.channel,
    cursor: input.cursor ?? undefined,
    take: input.limit,
  }),
);
