import { hashPassword } from '@fidele/auth/password';
import { signUpCustomer } from '@fidele/core/customers';
import { signUpInput } from '@fidele/validators';
import { publicProcedure } from '../trpc.ts';

/** Self-enrolment on the portal; the client then signs in with the same credentials. */
export const signUp = publicProcedure
  .input(signUpInput)
  .mutation(async ({ ctx, input: { password, ...customer } }) => {
    const { id, memberCode } = await signUpCustomer(ctx.db, {
      ...customer,
      passwordHash: await hashPassword(password),
    });
    return { id, memberCode };
  });
