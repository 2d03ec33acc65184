import { channelOfShop } from '@fidele/core/api-keys';
import { redeemCode, rollbackRedemption, validateCode } from '@fidele/core/rewards';
import {
  codeUseInput,
  redeemInput,
  redeemOutput,
  rollbackInput,
  rollbackOutput,
  validateOutput,
} from '@fidele/validators';
import { terminalMutation, terminalProcedure } from '../trpc.ts';

export const validate = terminalProcedure('codes:redeem')
  .meta({
    openapi: {
      method: 'POST',
      path: '/codes/validate',
      summary: 'Check a discount code for a basket without using it',
      tags: ['codes'],
      errorResponses: { 400: 'invalid_request', 401: 'unauthorized', 404: 'code_not_found' },
    },
    successStatus: 200,
  })
  .input(codeUseInput)
  .output(validateOutput)
  .mutation(({ ctx, input }) =>
    validateCode(ctx.db, {
      ...input,
      channel: channelOfShop(ctx.terminal.shop.kind),
      shopId: ctx.terminal.shop.id,
      apiKeyId: ctx.terminal.apiKeyId,
    }),
  );

export const redeem = terminalMutation('codes:redeem')
  .meta({
    openapi: {
      method: 'POST',
      path: '/codes/redeem',
      summary: 'Use a discount code, exactly once',
      tags: ['codes'],
      errorResponses: {
        400: 'invalid_request',
        401: 'unauthorized',
        404: 'code_not_found',
        409: 'code_already_redeemed',
        422: 'code_expired / code_cancelled / code_not_valid_on_channel / basket_below_minimum / currency_mismatch',
      },
    },
    successStatus: 201,
  })
  .input(redeemInput)
  .output(redeemOutput)
  .mutation(({ ctx, input }) =>
    ctx.transact(async (tx) => ({
      redemption: await redeemCode(tx, {
        ...input,
        channel: channelOfShop(ctx.terminal.shop.kind),
        shopId: ctx.terminal.shop.id,
        apiKeyId: ctx.terminal.apiKeyId,
      }),
    })),
  );

export const rollback = terminalMutation('codes:redeem')
  .meta({
    openapi: {
      method: 'POST',
      path: '/redemptions/{id}/rollback',
      summary: 'Undo a redemption (order cancelled): the code becomes usable again',
      tags: ['codes'],
      errorResponses: {
        401: 'unauthorized',
        404: 'redemption_not_found',
        409: 'already_rolled_back',
      },
    },
    successStatus: 200,
  })
  .input(rollbackInput)
  .output(rollbackOutput)
  .mutation(({ ctx, input }) =>
    ctx.transact(async (tx) => ({
      redemption: await rollbackRedemption(tx, {
        redemptionId: input.id,
        shopId: ctx.terminal.shop.id,
        apiKeyId: ctx.terminal.apiKeyId,
      }),
    })),
  );
