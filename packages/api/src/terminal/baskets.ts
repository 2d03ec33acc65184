import { channelOfShop } from '@fidele/core/api-keys';
import { quoteBasket } from '@fidele/core/earning';
import { basketQuoteInput, basketQuoteOutput } from '@fidele/validators';
import { terminalProcedure } from '../trpc.ts';
import { identifyCustomer, presenterOf } from './customer-identity.ts';

export const quote = terminalProcedure('purchases:write')
  .meta({
    openapi: {
      method: 'POST',
      path: '/baskets/quote',
      summary:
        'What a basket would earn, and the promotions running, before payment (no side effect)',
      tags: ['purchases'],
    },
    errors: ['card_token_invalid', 'customer_not_found'],
    readOnly: true,
    successStatus: 200,
  })
  .input(basketQuoteInput)
  .output(basketQuoteOutput)
  .mutation(async ({ ctx, input }) => {
    const customer = await identifyCustomer(ctx.db, input, presenterOf(ctx));
    const { points, lines, promotions } = await quoteBasket(ctx.db, {
      customerId: customer?.id,
      basket: {
        channel: channelOfShop(ctx.terminal.shop.kind),
        shopId: ctx.terminal.shop.id,
        amount: input.amount,
        currency: input.currency,
        occurredAt: new Date(),
        lines: input.lines,
      },
    });
    return {
      points,
      lines: lines.map(({ step, label, points }) => ({ step, label, points })),
      promotions,
    };
  });
