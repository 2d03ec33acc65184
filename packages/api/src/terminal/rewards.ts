import { channelOfShop } from '@fidele/core/api-keys';
import { refuseIfRefusal, replayFromKey } from '@fidele/core/idempotency';
import { getCustomerSummary } from '@fidele/core/customers';
import { claimReward, listCatalogFor, listCodesForTerminal } from '@fidele/core/rewards';
import {
  claimInput,
  claimOutput,
  customerRewardsInput,
  customerRewardsOutput,
} from '@fidele/validators';
import type { z } from 'zod';
import { terminalMutation, terminalProcedure } from '../trpc.ts';
import { channelsFor } from './channels.ts';
import { presentCustomer, presenterOf } from './customer-identity.ts';

export const customerRewards = terminalProcedure('rewards:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/customers/{id}/rewards',
      summary: 'Rewards the customer can claim on this channel, and their codes usable here',
      description:
        "Codes are listed in clear only with the customer's current `cardToken`: scanned from " +
        "their member card at the till, or handed to the e-shop's checkout by their signed-in " +
        'portal session. Without it the answer shows how many codes there are and their terms, ' +
        'each masked (`code` absent, `last4` given).',
      tags: ['rewards'],
    },
    errors: ['customer_not_found', 'card_token_invalid'],
    successStatus: 200,
  })
  .input(customerRewardsInput)
  .output(customerRewardsOutput)
  .query(async ({ ctx, input }) => {
    const customer = await getCustomerSummary(ctx.db, input.id);
    const kind = channelOfShop(ctx.terminal.shop.kind);
    const [rewards, codes] = await Promise.all([
      listCatalogFor(ctx.db, { customerId: customer.id, channels: [...channelsFor(kind)] }),
      listCodesForTerminal(ctx.db, {
        customerId: customer.id,
        channel: kind,
        cardToken: input.cardToken,
        presenter: presenterOf(ctx),
      }),
    ]);
    const locale = customer.locale === 'fr' ? 'fr' : 'en';
    return {
      rewards: rewards
        .filter((reward) => reward.tierAllows && reward.stock !== 0)
        .map((reward) => ({
          id: reward.id,
          name: reward.name[locale],
          pointsCost: reward.pointsCost,
          discount: reward.discount,
          affordable: reward.pointsMissing === 0,
        })),
      codes: codes.map((code) => ({ ...code, validUntil: code.validUntil.toISOString() })),
    };
  });

export const claimRewardAtTerminal = terminalMutation('rewards:claim')
  .meta({
    openapi: {
      method: 'POST',
      path: '/customers/{id}/rewards/{rewardId}/claim',
      summary: 'Spend points on a reward for the customer at the till (needs their card token)',
      tags: ['rewards'],
    },
    errors: [
      'card_token_invalid',
      'tier_too_low',
      'customer_not_found',
      'reward_not_found',
      'reward_out_of_stock',
      'insufficient_points',
      'reward_not_available',
      'reward_not_valid_on_channel',
      'customer_blocked',
    ],
    successStatus: 201,
  })
  .input(claimInput)
  .output(claimOutput)
  .mutation(({ ctx, input }) =>
    ctx.once(async (answering) => {
      const replay = await replayFromKey<ClaimAtTerminal>(ctx.db, answering.scope);
      if (replay) return replay;
      const customer = await presentCustomer(ctx, input).catch((error: unknown) =>
        refuseIfRefusal(ctx.db, answering.scope, error),
      );
      return claimReward(
        ctx.db,
        {
          customerId: customer.id,
          rewardId: input.rewardId,
          channel: channelOfShop(ctx.terminal.shop.kind),
          shopId: ctx.terminal.shop.id,
          actor: { type: 'API_KEY', id: ctx.terminal.apiKeyId },
        },
        {
          ...answering,
          respond: (claimed): ClaimAtTerminal => ({
            code: {
              code: claimed.code,
              discount: claimed.discount,
              validUntil: claimed.validUntil.toISOString(),
            },
            customer: { pointsBalance: claimed.pointsBalance },
          }),
        },
      );
    }),
  );

type ClaimAtTerminal = z.infer<typeof claimOutput>;
