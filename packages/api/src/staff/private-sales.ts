import {
  createPrivateSale,
  getPrivateSale,
  inviteToPrivateSale,
  listPrivateSaleInvitations,
  listPrivateSalesForAdmin,
  setPrivateSaleArchived,
  updatePrivateSale,
} from '@fidele/core/private-sales';
import { getAutomation } from '@fidele/core/messages';
import { previewInvitation } from '@fidele/messaging';
import {
  invitationPreviewInput,
  privateSaleArchiveInput,
  privateSaleIdInput,
  privateSaleInput,
  privateSaleInvitationsInput,
  privateSaleUpdateInput,
} from '@fidele/validators';
import { can } from '@fidele/auth/permissions';
import type { StaffRole } from '@fidele/db';
import { AppError } from '@fidele/core';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('rewards:read');
const manager = staffProcedure('private-sales:manage');

/** A store manager's private sales are those of the shops they work in. */
const staffOf = (staff: { id: string; role: StaffRole }) => ({
  staffUserId: staff.id,
  allShops: can(staff.role, 'private-sales:all-shops'),
});

export const privateSalesRouter = router({
  list: reader.query(({ ctx }) => listPrivateSalesForAdmin(ctx.db, staffOf(ctx.staff))),
  get: reader
    .input(privateSaleIdInput)
    .query(({ ctx, input }) => getPrivateSale(ctx.db, input.privateSaleId, staffOf(ctx.staff))),
  /** Who is invited, their answer, and when they came. */
  invitations: reader
    .input(privateSaleInvitationsInput)
    .query(({ ctx, input }) =>
      listPrivateSaleInvitations(ctx.db, { ...input, ...staffOf(ctx.staff) }),
    ),
  /** The invitation as its customers will read it: the email, and the SMS with its length. */
  preview: reader.input(invitationPreviewInput).query(async ({ ctx, input }) => {
    if (!ctx.messageLinks) throw new AppError('mail_unavailable');
    const sale = await getPrivateSale(ctx.db, input.privateSaleId, staffOf(ctx.staff));
    const { texts } = await getAutomation(ctx.db, 'INVITATION');
    return previewInvitation(sale, input.locale, ctx.messageLinks, texts);
  }),
  create: manager
    .input(privateSaleInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => createPrivateSale(tx, { data: input, ...staffOf(ctx.staff) })),
    ),
  update: manager.input(privateSaleUpdateInput).mutation(({ ctx, input }) =>
    ctx.db.$transaction((tx) =>
      updatePrivateSale(tx, {
        id: input.privateSaleId,
        data: input.data,
        ...staffOf(ctx.staff),
      }),
    ),
  ),
  setArchived: manager.input(privateSaleArchiveInput).mutation(({ ctx, input }) =>
    ctx.db.$transaction((tx) =>
      setPrivateSaleArchived(tx, {
        id: input.privateSaleId,
        archived: input.archived,
        ...staffOf(ctx.staff),
      }),
    ),
  ),
  /** Invites every targeted customer not invited yet; answers how many. */
  invite: manager
    .input(privateSaleIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        inviteToPrivateSale(tx, { id: input.privateSaleId, ...staffOf(ctx.staff) }),
      ),
    ),
});
