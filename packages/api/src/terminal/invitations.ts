import { checkInInvitation } from '@fidele/core/private-sales';
import { invitationCheckInInput, invitationCheckInOutput } from '@fidele/validators';
import { terminalMutation } from '../trpc.ts';

export const checkIn = terminalMutation('customers:write')
  .meta({
    openapi: {
      method: 'POST',
      path: '/invitations/check-in',
      summary: 'Check a private-sale invitation in at the door, by the code in its QR',
      description:
        'Once per invitation: the same code scanned on two tills at once checks in once, and a ' +
        'second check-in answers 409 already_checked_in with the time of the first. An invitation ' +
        'the customer had not accepted takes a place if the event has one left.',
      tags: ['invitations'],
    },
    errors: [
      'invitation_not_found',
      'already_checked_in',
      'private_sale_full',
      'invitation_not_for_this_shop',
      'private_sale_not_open',
    ],
    successStatus: 200,
  })
  .input(invitationCheckInInput)
  .output(invitationCheckInOutput)
  .mutation(({ ctx, input }) =>
    ctx.once((answering) =>
      checkInInvitation(ctx.db, { code: input.code, shopId: ctx.terminal.shop.id }, answering),
    ),
  );
