import { channelOfShop } from '@fidele/core/api-keys';
import { linkRedemptionsToPurchase } from '@fidele/core/rewards';
import { recordPurchase } from '@fidele/core/purchases';
import { purchaseInput, purchaseOutput } from '@fidele/validators';
import { terminalMutation } from '../trpc.ts';
import { identifyCustomer, presenterOf } from './customer-identity.ts';

export const createPurchase = terminalMutation('purchases:write')
  .meta({
    openapi: {
      method: 'POST',
      path: '/purchases',
      summary: 'Record a purchase and earn its points (once per externalId and shop)',
      description:
        'Returns 201 when the purchase is new, 200 with the first purchase when this shop already sent this externalId.',
      tags: ['purchases'],
    },
    errors: ['card_token_invalid', 'customer_not_found', 'purchase_conflict'],
    successStatus: 201,
    resentStatus: 200,
  })
  .input(purchaseInput)
  .output(purchaseOutput)
  .mutation(({ ctx, input }) =>
    ctx.transact(async (tx) => {
      const customer = await identifyCustomer(tx, input, presenterOf(ctx));
      const { created, purchase } = await recordPurchase(tx, {
        shopId: ctx.terminal.shop.id,
        channel: channelOfShop(ctx.terminal.shop.kind),
        externalId: input.externalId,
        customer,
        amount: input.amount,
        currency: input.currency,
        occurredAt: new Date(input.occurredAt),
        lines: input.lines,
      });
      if (input.redemptionIds)
        await linkRedemptionsToPurchase(tx, {
          redemptionIds: input.redemptionIds,
          purchaseId: purchase.id,
          shopId: ctx.terminal.shop.id,
        });
      if (!created) ctx.response.status = 200;
      return { purchase };
    }),
  );
