import {
  getContestDrawList,
  getContestPage,
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
   * A contest's public page, open to visitors (its link is shared on the networks), with its
   * draw for anyone to check; a signed-in member also gets her entries.
   */
  bySlug: addressLimitedProcedure(RATE_LIMITS.contestPagesPerIp)
    .input(contestSlugInput)
    .query(({ ctx, input }) => getContestPage(ctx.db, input.slug, ctx.customer?.id)),
  /** The draw's frozen list as published, for anyone to hash and redo the draw on. */
  drawList: addressLimitedProcedure(RATE_LIMITS.contestPagesPerIp)
    .input(contestSlugInput)
    .query(({ ctx, input }) => getContestDrawList(ctx.db, input.slug)),
  /** The member enters her post, pending the brand's moderation. */
  enter: customerProcedure.input(contestEntryInput).mutation(async ({ ctx, input }) => {
    await consumeRateLimit(ctx.db, RATE_LIMITS.contestEntriesPerCustomer, ctx.customer.id);
    return submitContestEntry(ctx.db, { ...input, customerId: ctx.customer.id });
  }),
});
