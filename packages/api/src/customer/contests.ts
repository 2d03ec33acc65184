import {
  getMemberContest,
  getPublicContest,
  listMemberContests,
  submitContestEntry,
} from '@fidele/core/contests';
import { consumeRateLimit, RATE_LIMITS } from '@fidele/core/rate-limits';
import { contestEntryInput, contestSlugInput } from '@fidele/validators';
import { addressLimitedProcedure, customerProcedure, router } from '../trpc.ts';

export const contestsRouter = router({
  /** The contests on now (and just ended), each with the member's entries. */
  list: customerProcedure.query(({ ctx }) => listMemberContests(ctx.db, ctx.customer.id)),
  /**
   * A contest's public page, open to visitors (its link is shared on the networks); a signed-in
   * member also gets her entries.
   */
  bySlug: addressLimitedProcedure(RATE_LIMITS.contestPagesPerIp)
    .input(contestSlugInput)
    .query(async ({ ctx, input }) =>
      ctx.customer
        ? getMemberContest(ctx.db, ctx.customer.id, input.slug)
        : { ...(await getPublicContest(ctx.db, input.slug)), entries: [] },
    ),
  /** The member enters her post, pending the brand's moderation. */
  enter: customerProcedure.input(contestEntryInput).mutation(async ({ ctx, input }) => {
    await consumeRateLimit(ctx.db, RATE_LIMITS.contestEntriesPerCustomer, ctx.customer.id);
    return submitContestEntry(ctx.db, { ...input, customerId: ctx.customer.id });
  }),
});
