import {
  createPrivateSale,
  getPrivateSale,
  inviteToPrivateSale,
  listPrivateSaleInvitations,
  listPrivateSalesForAdmin,
  setPrivateSaleArchived,
  updatePrivateSale,
} from '@fidele/core/private-sales';
import {
  privateSaleArchiveInput,
  privateSaleIdInput,
  privateSaleInput,
  privateSaleInvitationsInput,
  privateSaleUpdateInput,
} from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('rewards:read');
const manager = staffProcedure('programme:manage');

export const privateSalesRouter = router({
  list: reader.query(({ ctx }) => listPrivateSalesForAdmin(ctx.db)),
  get: reader
    .input(privateSaleIdInput)
    .query(({ ctx, input }) => getPrivateSale(ctx.db, input.privateSaleId)),
  /** Who is invited, their answer, and when they came. */
  invitations: reader
    .input(privateSaleInvitationsInput)
    .query(({ ctx, input }) => listPrivateSaleInvitations(ctx.db, input)),
  create: manager
    .input(privateSaleInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        createPrivateSale(tx, { data: input, staffUserId: ctx.staff.id }),
      ),
    ),
  update: manager.input(privateSaleUpdateInput).mutation(({ ctx, input }) =>
    ctx.db.$transaction((tx) =>
      updatePrivateSale(tx, {
        id: input.privateSaleId,
        data: input.data,
        staffUserId: ctx.staff.id,
      }),
    ),
  ),
  setArchived: manager.input(privateSaleArchiveInput).mutation(({ ctx, input }) =>
    ctx.db.$transaction((tx) =>
      setPrivateSaleArchived(tx, {
        id: input.privateSaleId,
        archived: input.archived,
        staffUserId: ctx.staff.id,
      }),
    ),
  ),
  /** Invites every targeted customer not invited yet; answers how many. */
  invite: manager
    .input(privateSaleIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        inviteToPrivateSale(tx, { id: input.privateSaleId, staffUserId: ctx.staff.id }),
      ),
    ),
});
