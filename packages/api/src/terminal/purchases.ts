import { channelOfShop } from '@fidele/core/api-keys';
import { refuseIfRefusal, replayFromKey } from '@fidele/core/idempotency';
import { type RecordedPurchase, recordPurchase } from '@fidele/core/purchases';
import { purchaseInput, purchaseOutput } from '@fidele/validators';
import { terminalMutation } from '../trpc.ts';
import { nameCustomer, presenterOf } from './customer-identity.ts';

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
    ctx.once(async (answering) => {
      // A retry is answered from its key before a card token is checked again (it may have
      // expired since); a token refused is a refusal kept under the key. A customer named
      // otherwise is found by the purchase's own read.
      const replay = input.cardToken
        ? await replayFromKey<RecordedPurchase>(ctx.db, answering.scope)
        : undefined;
      if (replay) return replay;
      const customer = await nameCustomer(ctx.db, input, presenterOf(ctx)).catch((error: unknown) =>
        refuseIfRefusal(ctx.db, answering.scope, error),
      );
      return recordPurchase(
        ctx.db,
        {
          shopId: ctx.terminal.shop.id,
          apiKeyId: ctx.terminal.apiKeyId,
          channel: channelOfShop(ctx.terminal.shop.kind),
          externalId: input.externalId,
          customer,
          amount: input.amount,
          currency: input.currency,
          occurredAt: new Date(input.occurredAt),
          lines: input.lines,
          redemptionIds: input.redemptionIds,
        },
        { ...answering, resentStatus: 200 },
      );
    }),
  );
