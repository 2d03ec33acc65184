import type { Db, MessageChannel, MessageStatus, Prisma } from '@fidele/db';

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
