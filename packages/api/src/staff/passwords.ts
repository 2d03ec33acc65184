import { RATE_LIMITS } from '@fidele/core/rate-limits';
import { passwordChangeInput } from '@fidele/validators';
import { changePassword } from '@fidele/core/passwords';
import { passwordHasher, passwordLinkProcedures } from '../passwords.ts';
import { addressLimit, router, staffProcedure } from '../trpc.ts';

/** A staff member's own password: forgotten (by email) or changed. */
export const staffPasswordsRouter = router({
  ...passwordLinkProcedures('staff'),
  change: staffProcedure('account:manage')
    .use(addressLimit(RATE_LIMITS.passwordChangePerIp))
    .input(passwordChangeInput)
    .mutation(({ ctx, input }) =>
      changePassword(
        ctx.db,
        { actor: 'staff', id: ctx.staff.id, sessionId: ctx.staff.sessionId, ...input },
        passwordHasher,
      ),
    ),
});
