import {
  createOffer,
  getOffer,
  listOfferClaims,
  listOffersForAdmin,
  setOfferArchived,
  updateOffer,
} from '@fidele/core/offers';
import {
  offerArchiveInput,
  offerClaimsInput,
  offerIdInput,
  offerInput,
  offerListInput,
  offerUpdateInput,
} from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('rewards:read');
const manager = staffProcedure('programme:manage');

export const offersRouter = router({
  list: reader.input(offerListInput).query(({ ctx, input }) => listOffersForAdmin(ctx.db, input)),
  get: reader.input(offerIdInput).query(({ ctx, input }) => getOffer(ctx.db, input.offerId)),
  /** Who claimed the offer, where, and what became of their code. */
  claims: reader.input(offerClaimsInput).query(({ ctx, input }) => listOfferClaims(ctx.db, input)),
  create: manager
    .input(offerInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => createOffer(tx, { data: input, staffUserId: ctx.staff.id })),
    ),
  update: manager
    .input(offerUpdateInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        updateOffer(tx, { id: input.offerId, data: input.data, staffUserId: ctx.staff.id }),
      ),
    ),
  setArchived: manager.input(offerArchiveInput).mutation(({ ctx, input }) =>
    ctx.db.$transaction((tx) =>
      setOfferArchived(tx, {
        id: input.offerId,
        archived: input.archived,
        staffUserId: ctx.staff.id,
      }),
    ),
  ),
});
