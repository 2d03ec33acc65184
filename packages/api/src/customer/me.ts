import { getCustomerSummary } from '@fidele/core/customers';
import { customerProcedure } from '../trpc.ts';

/** The signed-in customer: balance, tier and the member code their card shows. */
export const me = customerProcedure.query(({ ctx }) => getCustomerSummary(ctx.db, ctx.customer.id));
