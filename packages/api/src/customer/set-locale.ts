import { setCustomerLocale } from '@fidele/core/customers';
import { setLocaleInput } from '@fidele/validators';
import { customerProcedure } from '../trpc.ts';

/** Keeps the language the customer chose, for their emails and next visits. */
export const setLocale = customerProcedure
  .input(setLocaleInput)
  .mutation(({ ctx, input }) =>
    setCustomerLocale(ctx.db, { customerId: ctx.customer.id, locale: input.locale }),
  );
