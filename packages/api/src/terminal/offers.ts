import { channelOfShop } from '@fidele/core/api-keys';
import { getCustomerSummary } from '@fidele/core/customers';
import { refuseIfRefusal, replayFromKey } from '@fidele/core/idempotency';
import { claimOffer, listOffersFor } from '@fidele/core/offers';
import {
  customerOffersOutput,
  customerPath,
  offerClaimInput,
  offerClaimOutput,
} from '@fidele/validators';
import type { z } from 'zod';
import { terminalMutation, terminalProcedure } from '../trpc.ts';
import { channelsFor } from './channels.ts';
import { presentCustomer } from './customer-identity.ts';

export const customerOffers = terminalProcedure('rewards:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/customers/{id}/offers',
      summary: 'VIP offers the customer may use now on this channel',
      description:
        'Live offers the customer qualifies for (tier and segments), usable on the channel of the ' +
        'API key, with claims left. DISCOUNT_CODE offers issue a personal code on claim; ' +
        'TILL_BENEFIT offers are applied by the till or the e-shop, which records the claim.',
      tags: ['offers'],
    },
    errors: ['customer_not_found'],
    successStatus: 200,
  })
  .input(customerPath)
  .output(customerOffersOutput)
  .query(async ({ ctx, input }) => {
    const customer = await getCustomerSummary(ctx.db, input.id);
    const kind = channelOfShop(ctx.terminal.shop.kind);
    const offers = await listOffersFor(ctx.db, {
      customerId: customer.id,
      channels: [...channelsFor(kind)],
    });
    const locale = customer.locale === 'fr' ? 'fr' : 'en';
    return {
      offers: offers
        .filter((offer) => offer.state === 'available')
        .map((offer) => ({
          id: offer.id,
          title: offer.title[locale],
          text: offer.text[locale],
          benefit: offer.benefit,
          discount: offer.discount,
          validUntil: offer.endsAt.toISOString(),
          claimsLeft: offer.claimsLeft,
        })),
    };
  });

export const claimOfferAtTerminal = terminalMutation('rewards:claim')
  .meta({
    openapi: {
      method: 'POST',
      path: '/customers/{id}/offers/{offerId}/claim',
      summary: 'Claim a VIP offer for the customer (needs their card token)',
      description:
        'A DISCOUNT_CODE offer returns the personal code at once; a TILL_BENEFIT offer records ' +
        'the use of the discount the till applies. Per-customer limits and the cap hold under ' +
        'concurrent claims.',
      tags: ['offers'],
    },
    errors: [
      'card_token_invalid',
      'offer_not_eligible',
      'customer_not_found',
      'offer_not_found',
      'offer_limit_reached',
      'offer_out_of_stock',
      'offer_not_available',
      'offer_not_valid_on_channel',
      'customer_blocked',
    ],
    successStatus: 201,
  })
  .input(offerClaimInput)
  .output(offerClaimOutput)
  .mutation(({ ctx, input }) =>
    ctx.once(async (answering) => {
      const replay = await replayFromKey<ClaimAtTerminal>(ctx.db, answering.scope);
      if (replay) return replay;
      const customer = await presentCustomer(ctx, input).catch((error: unknown) =>
        refuseIfRefusal(ctx.db, answering.scope, error),
      );
      return claimOffer(
        ctx.db,
        {
          customerId: customer.id,
          offerId: input.offerId,
          channel: channelOfShop(ctx.terminal.shop.kind),
          shopId: ctx.terminal.shop.id,
          actor: { type: 'API_KEY', id: ctx.terminal.apiKeyId },
        },
        {
          ...answering,
          // Offers cost no points: the balance read before the claim is still the balance.
          respond: ({ claim, code }): ClaimAtTerminal => ({
            claim,
            ...(code
              ? {
                  code: {
                    code: code.code,
                    discount: code.discount,
                    validUntil: code.validUntil.toISOString(),
                  },
                }
              : {}),
            customer: { pointsBalance: customer.pointsBalance },
          }),
        },
      );
    }),
  );

type ClaimAtTerminal = z.infer<typeof offerClaimOutput>;
