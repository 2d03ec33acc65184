import { channelOfShop } from '@fidele/core/api-keys';
import { refundPurchase } from '@fidele/core/refunds';
import { refundInput, refundOutput } from '@fidele/validators';
import { terminalMutation } from '../trpc.ts';

export const createRefund = terminalMutation('purchases:write')
  .meta({
    openapi: {
      method: 'POST',
      // Named apart from the body's `externalId`, which is the refund's own.
      path: '/purchases/{purchaseExternalId}/refunds',
      summary: 'Refund a purchase, by amount or by lines, and take back the points it earned',
      description:
        'Returns 201 when the refund is new, 200 with the first refund when this purchase already has a refund with this externalId. Points already spent are written off (pointsWrittenOff).',
      tags: ['purchases'],
    },
    errors: [
      'purchase_not_found',
      'purchase_has_no_lines',
      'refund_exceeds_purchase',
      'refund_sku_not_in_purchase',
      'refund_quantity_exceeds_purchase',
    ],
    successStatus: 201,
    resentStatus: 200,
  })
  .input(refundInput)
  .output(refundOutput)
  .mutation(({ ctx, input }) =>
    ctx.once((answering) =>
      refundPurchase(
        ctx.db,
        {
          shopId: ctx.terminal.shop.id,
          apiKeyId: ctx.terminal.apiKeyId,
          purchaseExternalId: input.purchaseExternalId,
          refund: input.lines
            ? { externalId: input.externalId, lines: input.lines }
            : { externalId: input.externalId, amount: input.amount ?? 0 },
          channel: channelOfShop(ctx.terminal.shop.kind),
        },
        { ...answering, resentStatus: 200 },
      ),
    ),
  );
