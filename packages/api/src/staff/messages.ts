import {
  countMessages,
  getAutomation,
  getMessageSettings,
  listAutomations,
  saveAutomation,
  listMessages,
  listSmsOutbox,
  recordSmsReply,
  resendMessage,
  updateMessageSettings,
} from '@fidele/core/messages';
import { AppError } from '@fidele/core';
import { previewMessage } from '@fidele/messaging';
import {
  automationInput,
  automationPreviewInput,
  isMarketingAutomation,
  messageIdInput,
  messageSettingsInput,
  messagesListInput,
  smsOutboxInput,
  smsOutboxReplyInput,
} from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('messages:read');
const manager = staffProcedure('programme:manage');
const support = staffProcedure('messages:resend');

export const messagesRouter = router({
  /** The outbox, latest first, by channel, status or customer. */
  list: reader.input(messagesListInput).query(({ ctx, input }) => listMessages(ctx.db, input)),
  /** How many messages stand in each status, per channel. */
  counts: reader.query(({ ctx }) => countMessages(ctx.db)),
  /** What the development SMS provider "sent". */
  smsOutbox: reader.input(smsOutboxInput).query(({ ctx, input }) => listSmsOutbox(ctx.db, input)),
  /**
   * Replies to a kept SMS from its number, through the same `recordSmsReply` as the provider's
   * webhook: how the development outbox tries a STOP.
   */
  replyToSms: manager.input(smsOutboxReplyInput).mutation(({ ctx, input }) =>
    ctx.db.$transaction(async (tx) => {
      const sms = await tx.smsOutboxEntry.findUnique({ where: { id: input.smsId } });
      if (!sms) throw new AppError('not_found', 'No such SMS in the outbox.');
      return recordSmsReply(tx, { from: sms.to, body: input.body });
    }),
  ),
  /** A service message sent again, as a new message queued now. */
  resend: support
    .input(messageIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        resendMessage(tx, { messageId: input.messageId, staffUserId: ctx.staff.id }),
      ),
    ),
  /** What the platform sends by itself: each automation on or off, its channels and words. */
  automations: reader.query(({ ctx }) => listAutomations(ctx.db)),
  saveAutomation: manager
    .input(automationInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => saveAutomation(tx, { data: input, staffUserId: ctx.staff.id })),
    ),
  /** An automation's message for a sample customer, with the words being edited. */
  previewAutomation: reader.input(automationPreviewInput).query(async ({ ctx, input }) => {
    if (!ctx.messageLinks) throw new AppError('mail_unavailable');
    const saved = await getAutomation(ctx.db, input.kind);
    return previewMessage(
      {
        kind: input.kind,
        locale: input.locale,
        marketing: isMarketingAutomation(input.kind),
        words: { ...saved.texts, ...input.texts },
      },
      ctx.messageLinks,
    );
  }),
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
