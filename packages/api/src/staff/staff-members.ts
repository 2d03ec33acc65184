import {
  getStaffListItem,
  inviteStaff,
  listStaff,
  resendStaffInvitation,
  setStaffDisabled,
  updateStaffAccess,
} from '@fidele/core/staff';
import {
  staffAccessInput,
  staffDisableInput,
  staffIdInput,
  staffInviteInput,
} from '@fidele/validators';
import { type MailContext, sendPasswordLink } from '../password-mail.ts';
import { router, staffProcedure } from '../trpc.ts';

/** Whether the invitation email left; the member exists either way and can be sent it again. */
const emailed = (mail: MailContext | undefined, link: Parameters<typeof sendPasswordLink>[1]) =>
  sendPasswordLink(mail, link).then(
    () => true,
    (error: unknown) => {
      console.error('An invitation email could not be sent', error);
      return false;
    },
  );

/** The OWNER's staff screens: every change is audited and takes effect at the next request. */
export const staffMembersRouter = router({
  list: staffProcedure('staff:manage').query(({ ctx }) => listStaff(ctx.db)),
  get: staffProcedure('staff:manage')
    .input(staffIdInput)
    .query(({ ctx, input }) => getStaffListItem(ctx.db, input.staffId)),
  invite: staffProcedure('staff:manage')
    .input(staffInviteInput)
    .mutation(async ({ ctx, input }) => {
      const { member, link } = await inviteStaff(ctx.db, input, { staffId: ctx.staff.id });
      return { member, emailed: await emailed(ctx.mail, link) };
    }),
  resendInvitation: staffProcedure('staff:manage')
    .input(staffIdInput)
    .mutation(async ({ ctx, input }) => {
      const link = await resendStaffInvitation(ctx.db, input.staffId, { staffId: ctx.staff.id });
      return { emailed: await emailed(ctx.mail, link) };
    }),
  updateAccess: staffProcedure('staff:manage')
    .input(staffAccessInput)
    .mutation(({ ctx, input }) => updateStaffAccess(ctx.db, input, { staffId: ctx.staff.id })),
  setDisabled: staffProcedure('staff:manage')
    .input(staffDisableInput)
    .mutation(({ ctx, input }) => setStaffDisabled(ctx.db, input, { staffId: ctx.staff.id })),
});
