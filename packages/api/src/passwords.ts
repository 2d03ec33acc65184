import { hashPassword, verifyPassword } from '@fidele/auth/password';
import {
  checkPasswordLink,
  type PasswordActor,
  type PasswordHasher,
  requestPasswordReset,
  setPasswordWithLink,
} from '@fidele/core/passwords';
import { RATE_LIMITS } from '@fidele/core/rate-limits';
import { passwordLinkInput, passwordResetRequestInput, passwordSetInput } from '@fidele/validators';
import { sendPasswordLink } from './password-mail.ts';
import { addressLimitedProcedure, publicProcedure } from './trpc.ts';

export const passwordHasher: PasswordHasher = { hash: hashPassword, verify: verifyPassword };

/**
 * "Forgot password" for the staff or the customers: ask for a link, check it, set the password
 * with it. The same procedures in both routers, for their own accounts only.
 */
export const passwordLinkProcedures = (actor: PasswordActor) => ({
  /** Answers the same whether or not the email has an account; limited per address and email. */
  requestReset: addressLimitedProcedure(RATE_LIMITS.passwordResetPerIp)
    .input(passwordResetRequestInput)
    .mutation(async ({ ctx, input }) => {
      const link = await requestPasswordReset(ctx.db, { actor, email: input.email });
      // Sent after answering, so the answer takes as long whether or not the email has an account.
      if (link)
        void sendPasswordLink(ctx.mail, link).catch((error: unknown) =>
          console.error('A password reset email could not be sent', error),
        );
      return { requested: true };
    }),
  /** What a link is for (and whose email), or null once it expired or was used. */
  checkLink: publicProcedure
    .input(passwordLinkInput)
    .query(({ ctx, input }) => checkPasswordLink(ctx.db, { actor, token: input.token })),
  /** Limited per address: each try costs a password hash. */
  setWithLink: addressLimitedProcedure(RATE_LIMITS.passwordLinkPerIp)
    .input(passwordSetInput)
    .mutation(({ ctx, input }) => setPasswordWithLink(ctx.db, { actor, ...input }, passwordHasher)),
});
