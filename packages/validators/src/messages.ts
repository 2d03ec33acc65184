import { z } from 'zod';
import { page, pageSize, uuid } from './common.ts';
import { MESSAGE_CHANNELS } from './private-sale.ts';

export const MESSAGE_STATUSES = [
  'QUEUED',
  'DISPATCHED',
  'SENDING',
  'SENT',
  'SKIPPED',
  'FAILED',
] as const;

/** A marketing message's unsubscribe link, as its URL carries it. */
export const unsubscribeInput = z.object({ token: z.string().min(1).max(200) });

/** The admin's list of messages: all, one channel's, one status's, or one customer's. */
export const messagesListInput = z.object({
  channel: z.enum(MESSAGE_CHANNELS).optional(),
  status: z.enum(MESSAGE_STATUSES).optional(),
  customerId: uuid.optional(),
  page,
  pageSize,
});

export const smsOutboxInput = z.object({ page, pageSize });

export const messageIdInput = z.object({ messageId: uuid });

/** An event's invitation as its customers will read it, in one language. */
export const invitationPreviewInput = z.object({
  privateSaleId: uuid,
  locale: z.enum(['en', 'fr']).default('en'),
});

const minuteOfDay = z
  .number()
  .int()
  .min(0, 'Between 00:00 and 24:00')
  .max(24 * 60, 'Between 00:00 and 24:00');
const cap = z.number().int().min(0, 'Between 0 and 100').max(100, 'Between 0 and 100');

/** Caps per channel over 30 days, and the hours marketing SMS may go out. */
export const messageSettingsInput = z
  .object({
    emailCapPer30Days: cap,
    smsCapPer30Days: cap,
    smsHoursFrom: minuteOfDay,
    smsHoursTo: minuteOfDay,
    smsWeekdays: z.array(z.number().int().min(1).max(7)).min(1, 'Tick at least one day').max(7),
    smsSkipHolidays: z.boolean(),
  })
  .refine((settings) => settings.smsHoursTo > settings.smsHoursFrom, {
    path: ['smsHoursTo'],
    message: 'The end must come after the start',
  });

/** The development SMS outbox: staff reply to a kept SMS as its recipient would. */
export const smsOutboxReplyInput = z.object({ smsId: uuid, body: z.string().min(1).max(160) });

/** An SMS provider's delivery report on one of our messages. */
export const smsDeliveryInput = z.object({
  messageId: uuid,
  status: z.string().trim().min(1).max(32),
  errorCode: z.string().max(32).nullish(),
});

/** A reply to one of our SMS, as an SMS provider's webhook forwards it. */
export const smsReplyInput = z.object({
  from: z.string().trim().min(1).max(32),
  body: z.string().max(1600),
});
