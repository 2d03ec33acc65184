import {
  countMessages,
  getMessageSettings,
  listMessages,
  listSmsOutbox,
  updateMessageSettings,
} from '@fidele/core/messages';
import { messageSettingsInput, messagesListInput, smsOutboxInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('messages:read');
const manager = staffProcedure('programme:manage');

export const messagesRouter = router({
  /** The outbox, latest first, by channel, status or customer. */
  list: reader.input(messagesListInput).query(({ ctx, input }) => listMessages(ctx.db, input)),
  /** How many messages stand in each status, per channel. */
  counts: reader.query(({ ctx }) => countMessages(ctx.db)),
  /** What the development SMS provider "sent". */
  smsOutbox: reader.input(smsOutboxInput).query(({ ctx, input }) => listSmsOutbox(ctx.db, input)),
  /** Frequency caps and SMS sending hours. */
  settings: reader.query(({ ctx }) => getMessageSettings(ctx.db)),
  updateSettings: manager
    .input(messageSettingsInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        updateMessageSettings(tx, { data: input, staffUserId: ctx.staff.id }),
      ),
    ),
});
