import { decideReferral, listReferrals } from '@fidele/core/referrals';
import { referralDecisionInput, referralListInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

// Referrals pay points from the programme: its managers (owner, marketing) review the held ones.
const manager = staffProcedure('programme:manage');

export const referralsRouter = router({
  /** One status's referrals, with the fraud checks' reasons; HELD is the review queue. */
  list: manager.input(referralListInput).query(({ ctx, input }) => listReferrals(ctx.db, input)),
  /** Approve or reject a held referral (a rejection says why). */
  decide: manager
    .input(referralDecisionInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => decideReferral(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
