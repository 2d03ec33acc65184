import { passwordChangeInput } from '@fidele/validators';
import { changePassword } from '@fidele/core/passwords';
import { passwordHasher, passwordLinkProcedures } from '../passwords.ts';
import { customerProcedure, router } from '../trpc.ts';

/** A customer's own password: forgotten (by email) or changed. */
export const customerPasswordsRouter = router({
  ...passwordLinkProcedures('customer'),
  change: customerProcedure
    .input(passwordChangeInput)
    .mutation(({ ctx, input }) =>
      changePassword(
        ctx.db,
        { actor: 'customer', id: ctx.customer.id, sessionId: ctx.customer.sessionId, ...input },
        passwordHasher,
      ),
    ),
});
