import type { Channel, Db } from '@fidele/db';
import type { EarnDetailLine } from './my-purchase.ts';
import { purchasesSeenBy, type PurchaseViewer } from './purchase-list.ts';

export type PurchaseView = {
  id: string;
  externalId: string;
  channel: Channel;
  shop: { id: string; name: string };
  amount: number;
  currency: string;
  pointsEarned: number;
  /** How the points were computed, one line per earn rule. */
  earnDetail: EarnDetailLine[];
  occurredAt: Date;
};

/** Per channel and currency: amounts in different currencies are never added together. */
export type ChannelPurchases = {
  channel: Channel;
  currency: string;
  count: number;
  amount: number;
  pointsEarned: number;
};

export type CustomerPurchases = {
  byChannel: ChannelPurchases[];
  items: PurchaseView[];
  /** False when the viewer sees only the purchases of their own shops (totals included). */
  allShops: boolean;
};

/**
 * A customer's purchases on every channel as a staff member may see them (every shop's, or only
 * their shops'): totals per channel and the latest purchases.
 */
export const listCustomerPurchases = async (
  db: Db,
  options: { customerId: string; channel?: Channel; take?: number } & PurchaseViewer,
): Promise<CustomerPurchases> => {
  const seen = purchasesSeenBy(options);
  const [groups, items] = await Promise.all([
    db.purchase.groupBy({
      by: ['channel', 'currency'],
      where: { customerId: options.customerId, ...seen },
      _count: { _all: true },
      _sum: { amount: true, pointsEarned: true },
      orderBy: [{ channel: 'asc' }, { currency: 'asc' }],
    }),
    db.purchase.findMany({
      where: { customerId: options.customerId, channel: options.channel, ...seen },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      take: options.take ?? 50,
      select: {
        id: true,
        externalId: true,
        channel: true,
        amount: true,
        currency: true,
        pointsEarned: true,
        earnDetail: true,
        occurredAt: true,
        shop: { select: { id: true, name: true } },
      },
    }),
  ]);
  return {
    byChannel: groups.map((group) => ({
      channel: group.channel,
      currency: group.currency,
      count: group._count._all,
      amount: group._sum.amount ?? 0,
      pointsEarned: group._sum.pointsEarned ?? 0,
    })),
    items: items.map((item) => ({
      ...item,
      earnDetail: (item.earnDetail as EarnDetailLine[] | null) ?? [],
    })),
    allShops: options.allShops,
  };
};
