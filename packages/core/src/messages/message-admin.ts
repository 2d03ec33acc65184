import type { Db, MessageChannel, MessageKind, MessageStatus, Prisma, Tx } from '@fidele/db';
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
        deliveredAt: true,
        undeliveredAt: true,
        openedAt: true,
        clickedAt: true,
        resent: true,
        createdAt: true,
        customer: { select: { id: true, firstName: true, lastName: true, memberCode: true } },
      },
    }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
};

type StatusCounts = Record<MessageStatus, number>;

export type MessageCounts = {
  /** Every message of each channel, by status. */
  channels: Record<MessageChannel, StatusCounts>;
  /**
   * Each kind of message on each channel, by status, with how many were opened and clicked
   * (email, by their tracked image and links) and the unsubscribes its links brought.
   */
  kinds: {
    kind: MessageKind;
    channel: MessageChannel;
    statuses: StatusCounts;
    /** SMS the provider reported delivered, or not deliverable. */
    delivered: number;
    undelivered: number;
    opened: number;
    clicked: number;
    unsubscribed: number;
  }[];
};

const noMessages = (): StatusCounts => ({
  QUEUED: 0,
  DISPATCHED: 0,
  SENDING: 0,
  SENT: 0,
  SKIPPED: 0,
  FAILED: 0,
});

/** How many messages stand in each status, per channel and per kind, in one grouped read. */
export const countMessages = async (db: Db): Promise<MessageCounts> => {
  const rows = await db.message.groupBy({
    by: ['channel', 'kind', 'status'],
    _count: {
      _all: true,
      deliveredAt: true,
      undeliveredAt: true,
      openedAt: true,
      clickedAt: true,
      unsubscribedAt: true,
    },
    orderBy: [{ kind: 'asc' }, { channel: 'asc' }],
  });
  const counts: MessageCounts = { channels: { EMAIL: noMessages(), SMS: noMessages() }, kinds: [] };
  for (const row of rows) {
    counts.channels[row.channel][row.status] += row._count._all;
    let kind = counts.kinds.find((k) => k.kind === row.kind && k.channel === row.channel);
    if (!kind)
      counts.kinds.push(
        (kind = {
          kind: row.kind,
          channel: row.channel,
          statuses: noMessages(),
          delivered: 0,
          undelivered: 0,
          opened: 0,
          clicked: 0,
          unsubscribed: 0,
        }),
      );
    kind.statuses[row.status] = row._count._all;
    kind.delivered += row._count.deliveredAt;
    kind.undelivered += row._count.undeliveredAt;
    kind.opened += row._count.openedAt;
    kind.clicked += row._count.clickedAt;
    kind.unsubscribed += row._count.unsubscribedAt;
  }
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
