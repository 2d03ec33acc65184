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
    },
    errors: ['code_not_found'],
    readOnly: true,
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
    },
    errors: [
      'code_not_found',
      'code_already_redeemed',
      'code_cancelled',
      'code_expired',
      'code_not_yet_valid',
      'code_not_valid_on_channel',
      'currency_mismatch',
      'basket_below_minimum',
      'customer_blocked',
    ],
    successStatus: 201,
  })
  .input(redeemInput)
  .output(redeemOutput)
  .mutation(({ ctx, input }) =>
    ctx.once((key) =>
      redeemCode(
        ctx.db,
        {
          ...input,
          channel: channelOfShop(ctx.terminal.shop.kind),
          shopId: ctx.terminal.shop.id,
          apiKeyId: ctx.terminal.apiKeyId,
        },
        key,
      ),
    ),
  );

export const rollback = terminalMutation('codes:redeem')
  .meta({
    openapi: {
      method: 'POST',
      path: '/redemptions/{id}/rollback',
      summary: 'Undo a redemption (order cancelled): the code becomes usable again',
      tags: ['codes'],
    },
    errors: ['redemption_not_found', 'already_rolled_back'],
    successStatus: 200,
  })
  .input(rollbackInput)
  .output(rollbackOutput)
  .mutation(({ ctx, input }) =>
    ctx.once((key) =>
      rollbackRedemption(
        ctx.db,
        {
          redemptionId: input.id,
          shopId: ctx.terminal.shop.id,
          apiKeyId: ctx.terminal.apiKeyId,
        },
        key,
      ),
    ),
  );
