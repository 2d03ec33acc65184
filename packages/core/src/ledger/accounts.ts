import { type Channel, type MovementType, Prisma } from '@fidele/db';

/**
 * The programme account on the other side of a customer movement. Points issued, redeemed,
 * expired or adjusted are tracked per channel, so the programme's liability per channel is a
 * balance, not a report.
 */
export const programmeAccountCode = (type: MovementType, channel: Channel): string => {
  switch (type) {
    case 'EARN':
      return `issued:${channel}`;
    case 'REDEEM':
      return `redeemed:${channel}`;
    case 'EXPIRE':
      return 'expired';
    case 'ADJUST':
      return `adjusted:${channel}`;
    case 'REVERSAL':
      return `reversed:${channel}`;
    case 'RELEASE':
      // Moves points between the customer's own accounts: the programme's side never changes.
      return `issued:${channel}`;
    case 'TRANSFER':
      // Out of one account of hers and into the other: its balance is back to zero after each merge.
      return 'merged';
  }
};

/**
 * How many rows each programme account is spread over (see `programmeSlotCode`). 8 left purchases
 * queuing on them under load; 64 made the waits rare (bench/README.md).
 */
export const PROGRAMME_SLOTS = 64;

/**
 * The row of a programme account that a customer's movements use: `issued:STORE#3`. Every
 * purchase on a channel updates that channel's programme account, so one row would queue every
 * till behind one lock; spread over a few rows by customer, tills rarely wait on each other. The
 * account's balance is the sum of its rows.
 */
export const programmeSlotCode = (account: string, customerId: string): string =>
  `${account}#${Number.parseInt(customerId.slice(-2), 16) % PROGRAMME_SLOTS}`;

/** The customer's account for points earned but not spendable yet. */
export const pendingAccountCode = (customerId: string): string => `pending:${customerId}`;

/** The customer's account for points owed back after a refund (refund policy DEBT). */
export const debtAccountCode = (customerId: string): string => `debt:${customerId}`;

/**
 * A customer's account code in SQL, for statements that find the customer themselves:
 * `code('')` is the code's prefix and the customer's id follows it.
 */
export const accountCodeIn = (code: (customerId: string) => string, customerId: Prisma.Sql) =>
  Prisma.sql`${code('')}::text || ${customerId}::text`;
