import {
  answerInvitation,
  listCustomerInvitations,
  openOnlineAccess,
} from '@fidele/core/private-sales';
import { consumeRateLimit, RATE_LIMITS } from '@fidele/core/rate-limits';
import { invitationAnswerInput, invitationIdInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

/** The customer's invitations to private sales, previews and workshops. */
const list = customerProcedure.query(({ ctx }) => listCustomerInvitations(ctx.db, ctx.customer.id));

/** Accepts (a place, or the waitlist when none is left) or declines an invitation. */
const answer = customerProcedure.input(invitationAnswerInput).mutation(async ({ ctx, input }) => {
  await consumeRateLimit(ctx.db, RATE_LIMITS.invitationAnswersPerCustomer, ctx.customer.id);
  return answerInvitation(ctx.db, {
    customerId: ctx.customer.id,
    invitationId: input.invitationId,
    accept: input.accept,
  });
});

/**
 * An online event's door: the event and, when it has a discount, her own code for the e-shop
 * (issued the first time). A mutation: opening it the first time issues the code.
 */
const access = customerProcedure.input(invitationIdInput).mutation(async ({ ctx, input }) => {
  await consumeRateLimit(ctx.db, RATE_LIMITS.invitationAnswersPerCustomer, ctx.customer.id);
  return ctx.db.$transaction((tx) =>
    openOnlineAccess(tx, { customerId: ctx.customer.id, invitationId: input.invitationId }),
  );
});

export const invitationsRouter = router({ list, answer, access });
