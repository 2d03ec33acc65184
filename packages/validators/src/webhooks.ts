import { z } from 'zod';
import { purchaseInput, refundInput } from './pos.ts';

/** Schemas of the order events an e-shop pushes to /api/v1/webhooks/orders/{shopId}. */

const refundShape = refundInput.shape;

/** `order.refunded`: the order (a purchase's externalId) and the refund, by amount or by lines. */
export const orderRefundedData = z.object({
  orderExternalId: refundShape.purchaseExternalId,
  refund: z
    .object({
      externalId: refundShape.externalId,
      amount: refundShape.amount,
      lines: refundShape.lines,
    })
    .refine((refund) => (refund.amount === undefined) !== (refund.lines === undefined), {
      message: 'Give amount or lines, exactly one of them',
      path: ['amount'],
    }),
});

const eventId = z.string().trim().min(1).max(255);

export const orderEventInput = z.discriminatedUnion('type', [
  /** `order.paid` carries the same fields as POST /purchases. */
  z.object({ id: eventId, type: z.literal('order.paid'), data: purchaseInput }),
  z.object({ id: eventId, type: z.literal('order.refunded'), data: orderRefundedData }),
]);
