import { eraseCustomer, exportCustomerData } from '@fidele/core/privacy';
import { consumeRateLimit, RATE_LIMITS } from '@fidele/core/rate-limits';
import { accountErasureInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

export const privacyRouter = router({
  /** All her data, to download from her profile (GDPR access and portability), audited. */
  exportData: customerProcedure.query(async ({ ctx }) => {
    await consumeRateLimit(ctx.db, RATE_LIMITS.dataExportsPerCustomer, ctx.customer.id);
    return exportCustomerData(ctx.db, ctx.customer.id, { type: 'CUSTOMER', id: ctx.customer.id });
  }),
  /**
   * Erases her account's personal data, after the page that says what it does (GDPR erasure).
   * Her sessions go with it: she is signed out everywhere.
   */
  erase: customerProcedure.input(accountErasureInput).mutation(async ({ ctx }) => {
    await ctx.db.$transaction((tx) =>
      eraseCustomer(tx, {
        customerId: ctx.customer.id,
        actor: { type: 'CUSTOMER', id: ctx.customer.id },
      }),
    );
    return { erased: true as const };
  }),
});
