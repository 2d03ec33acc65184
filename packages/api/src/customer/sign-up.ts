import { hashPassword } from '@fidele/auth/password';
import { enrolCustomer } from '@fidele/core/customers';
import { RATE_LIMITS } from '@fidele/core/rate-limits';
import { signUpInput } from '@fidele/validators';
import { addressLimitedProcedure } from '../trpc.ts';

/**
 * Self-enrolment on the portal. The answer is the same whether the email was new or already a
 * member's (who is told by email instead), so it tells no one who has an account.
 */
export const signUp = addressLimitedProcedure(RATE_LIMITS.signUpPerIp)
  .input(signUpInput)
  .mutation(async ({ ctx, input: { password, referral, ...customer } }) => {
    await enrolCustomer(
      ctx.db,
      {
        ...customer,
        passwordHash: await hashPassword(password),
        // Where she signs up from, for the referral's fraud checks.
        ...(referral
          ? { referral: { ...referral, ipAddress: ctx.clientAddress, device: ctx.device } }
          : {}),
      },
      ctx.enrolmentMail,
    );
    return { status: 'check_email' as const };
  });
