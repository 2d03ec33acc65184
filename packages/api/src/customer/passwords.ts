import { RATE_LIMITS } from '@fidele/core/rate-limits';
import { passwordChangeInput } from '@fidele/validators';
import { changePassword } from '@fidele/core/passwords';
import { passwordHasher, passwordLinkProcedures } from '../passwords.ts';
import { addressLimit, customerProcedure, router } from '../trpc.ts';

/** A customer's own password: forgotten (by email) or changed. */
export const customerPasswordsRouter = router({
  ...passwordLinkProcedures('customer'),
  change: customerProcedure
    .use(addressLimit(RATE_LIMITS.passwordChangePerIp))
    .input(passwordChangeInput)
    .mutation(({ ctx, input }) =>
      changePassword(
        ctx.db,
        { actor: 'customer', id: ctx.customer.id, sessionId: ctx.customer.sessionId, ...input },
        passwordHasher,
      ),
    ),
});
