import { exportCustomerData } from '@fidele/core/privacy';
import { consumeRateLimit, RATE_LIMITS } from '@fidele/core/rate-limits';
import { customerProcedure, router } from '../trpc.ts';

export const privacyRouter = router({
  /** All her data, to download from her profile (GDPR access and portability), audited. */
  exportData: customerProcedure.query(async ({ ctx }) => {
    await consumeRateLimit(ctx.db, RATE_LIMITS.dataExportsPerCustomer, ctx.customer.id);
    return exportCustomerData(ctx.db, ctx.customer.id, { type: 'CUSTOMER', id: ctx.customer.id });
  }),
});
