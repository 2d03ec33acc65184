import { claimOffer, listOffersFor } from '@fidele/core/offers';
import { formatCode } from '@fidele/core/rewards';
import { myOfferClaimInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

/** The customer's live VIP offers, with the locked ones a higher tier would unlock. */
const list = customerProcedure.query(({ ctx }) =>
  listOffersFor(ctx.db, { customerId: ctx.customer.id }),
);

/** Claims a code-issuing offer; the code comes back at once, ready to show. */
const claim = customerProcedure.input(myOfferClaimInput).mutation(async ({ ctx, input }) => {
  const { claim, code } = await claimOffer(ctx.db, {
    customerId: ctx.customer.id,
    offerId: input.offerId,
    channel: 'APP',
    actor: { type: 'CUSTOMER', id: ctx.customer.id },
  });
  return { claim, code: code && { ...code, formatted: formatCode(code.code) } };
});

export const offersRouter = router({ list, claim });
