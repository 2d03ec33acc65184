import { getMemberReferrals } from '@fidele/core/referrals';
import { customerProcedure, router } from '../trpc.ts';

export const referralsRouter = router({
  /**
   * Her code, what a referral pays, her friends and where each stands. Where she opens it from
   * (address, device) is kept: a friend signing up from there is held for review.
   */
  mine: customerProcedure.query(({ ctx }) =>
    getMemberReferrals(ctx.db, ctx.customer.id, {
      ipAddress: ctx.clientAddress,
      device: ctx.device,
    }),
  ),
});
