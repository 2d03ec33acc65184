import type { Db, MessageChannel, MessageStatus, Prisma, Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';

/** One page of the outbox, latest first: to whom, what, where it stands and why it waits. */
export const listMessages = async (
  db: Db,
  input: {
    channel?: MessageChannel;
    status?: MessageStatus;
    customerId?: string;
    page: number;
    pageSize: number;
  },
) => {
  const where: Prisma.MessageWhereInput = {
    channel: input.channel,
    status: input.status,
    customerId: input.customerId,
  };
  const [total, rows] = await Promise.all([
    db.message.count({ where }),
    db.message.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        channel: true,
        kind: true,
        marketing: true,
        status: true,
        hold: true,
        sendAfter: true,
        attempts: true,
        interruptedAttempts: true,
        lastError: true,
        sentTo: true,
        summary: true,
        sentAt: true,
        resent: true,
        createdAt: true,
        customer: { select: { id: true, firstName: true, lastName: true, memberCode: true } },
      },
    }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
};

export type MessageCounts = Record<MessageChannel, Record<MessageStatus, number>>;

/** How many messages stand in each status, per channel. */
export const countMessages = async (db: Db): Promise<MessageCounts> => {
  const empty = (): Record<MessageStatus, number> => ({
    QUEUED: 0,
    DISPATCHED: 0,
    SENDING: 0,
    SENT: 0,
    SKIPPED: 0,
    FAILED: 0,
  });
  const counts: MessageCounts = { EMAIL: empty(), SMS: empty() };
  const rows = await db.message.groupBy({ by: ['channel', 'status'], _count: { _all: true } });
  for (const row of rows) counts[row.channel][row.status] = row._count._all;
  return counts;
};

/** The development SMS provider's outbox, latest first. */
export const listSmsOutbox = async (db: Db, input: { page: number; pageSize: number }) => {
  const [total, rows] = await Promise.all([
    db.smsOutboxEntry.count(),
    db.smsOutboxEntry.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
};

/**
 * Sends a service message again (a reminder she lost, a place freed up): a new message with the
 * same words, queued now, audited. Marketing is never resent by hand: caps and consent decide it.
 */
export const resendMessage = async (tx: Tx, input: { messageId: string; staffUserId: string }) => {
  const message = await tx.message.findUnique({ where: { id: input.messageId } });
  if (!message) throw new AppError('message_not_found');
  if (message.marketing || !['SENT', 'FAILED'].includes(message.status))
    throw new AppError('message_not_resendable');
  const copy = await tx.message.create({
    data: {
      customerId: message.customerId,
      channel: message.channel,
      kind: message.kind,
      marketing: false,
      data: message.data as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'message.resend',
    target: { type: 'customer', id: message.customerId },
    data: { messageId: message.id, resentAs: copy.id },
  });
  return copy;
};
