import type { Prisma, Tx } from '@fidele/db';
import { customerOfCardToken, findCustomer } from '../customers/index.ts';
import { recordPurchase } from '../purchases/index.ts';
import { refundPurchase, type ReturnedLine } from '../refunds/index.ts';
import { linkRedemptionsToPurchase } from '../rewards/index.ts';

/** `order.paid` carries what POST /purchases takes. */
export type OrderPaid = {
  externalId: string;
  memberCode?: string;
  cardToken?: string;
  amount: number;
  currency: string;
  occurredAt: string;
  lines?: { sku: string; category?: string; quantity: number; unitAmount: number }[];
  redemptionIds?: string[];
};

export type OrderRefunded = {
  orderExternalId: string;
  refund: { externalId: string; amount?: number; lines?: ReturnedLine[] };
};

export type OrderEvent =
  | { id: string; type: 'order.paid'; data: OrderPaid }
  | { id: string; type: 'order.refunded'; data: OrderRefunded };

export type OrderEventAnswer = {
  status: number;
  response: { received: true; result: Record<string, unknown> };
  replayed: boolean;
};

const CHANNEL = 'ESHOP';

const customerOf = async (tx: Tx, data: OrderPaid) => {
  if (data.cardToken)
    return findCustomer(tx, { id: (await customerOfCardToken(tx, data.cardToken)).id });
  if (data.memberCode) return findCustomer(tx, { memberCode: data.memberCode });
  return undefined;
};

const applyOrderPaid = async (tx: Tx, shopId: string, data: OrderPaid) => {
  const { purchase } = await recordPurchase(tx, {
    shopId,
    channel: CHANNEL,
    externalId: data.externalId,
    customer: await customerOf(tx, data),
    amount: data.amount,
    currency: data.currency,
    occurredAt: new Date(data.occurredAt),
    lines: data.lines,
  });
  if (data.redemptionIds)
    await linkRedemptionsToPurchase(tx, {
      redemptionIds: data.redemptionIds,
      purchaseId: purchase.id,
      shopId,
    });
  // The same fields as POST /purchases answers: the e-shop already knows who its customer is.
  const { customer, ...rest } = purchase;
  return {
    purchase: {
      ...rest,
      ...(customer
        ? {
            customer: {
              id: customer.id,
              pointsBalance: customer.pointsBalance,
              tier: customer.tier,
            },
          }
        : {}),
    },
  };
};

const applyOrderRefunded = async (tx: Tx, shopId: string, data: OrderRefunded) => {
  const { refund } = await refundPurchase(tx, {
    shopId,
    purchaseExternalId: data.orderExternalId,
    refund: data.refund.lines
      ? { externalId: data.refund.externalId, lines: data.refund.lines }
      : { externalId: data.refund.externalId, amount: data.refund.amount ?? 0 },
    channel: CHANNEL,
  });
  return {
    refund: {
      id: refund.id,
      pointsClawedBack: refund.pointsClawedBack,
      pointsWrittenOff: refund.pointsWrittenOff,
      ...(refund.customer ? { customer: { pointsBalance: refund.customer.pointsBalance } } : {}),
    },
  };
};

/**
 * Applies an order event an e-shop pushed, once per (shop, event id). The event row is inserted
 * first in the caller's transaction: a concurrent delivery of the same event waits on it, then
 * finds it and replays the stored answer. A failed event rolls back with its row, so the e-shop's
 * retry can succeed.
 */
export const handleOrderEvent = async (
  tx: Tx,
  input: { shop: { id: string }; event: OrderEvent },
): Promise<OrderEventAnswer> => {
  const { shop, event } = input;
  const where = { shopId_eventId: { shopId: shop.id, eventId: event.id } };
  const { count } = await tx.webhookEvent.createMany({
    data: [{ shopId: shop.id, eventId: event.id, type: event.type, status: 0, response: {} }],
    skipDuplicates: true,
  });
  if (count === 0) {
    const stored = await tx.webhookEvent.findUniqueOrThrow({
      where,
      select: { status: true, response: true },
    });
    return {
      status: stored.status,
      response: stored.response as OrderEventAnswer['response'],
      replayed: true,
    };
  }
  const result =
    event.type === 'order.paid'
      ? await applyOrderPaid(tx, shop.id, event.data)
      : await applyOrderRefunded(tx, shop.id, event.data);
  const response = { received: true as const, result };
  await tx.webhookEvent.update({
    where,
    data: { status: 200, response: response as unknown as Prisma.InputJsonValue },
  });
  return { status: 200, response, replayed: false };
};
