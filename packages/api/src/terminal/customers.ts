import { createCustomer, customerNotFound, signUpSourceOfShop } from '@fidele/core/customers';
import { recordAudit } from '@fidele/core/audit';
import { awardBonus } from '@fidele/core/earning';
import {
  customerEnrolInput,
  customerLookupInput,
  posCustomer,
  posCustomerLookup,
  storedIdentifier,
} from '@fidele/validators';
import { z } from 'zod';
import { terminalMutation, terminalProcedure } from '../trpc.ts';
import { identifyCustomer, presenterOf } from './customer-identity.ts';

const customerOutput = z.object({ customer: posCustomer });

export const lookupCustomer = terminalProcedure('customers:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/customers/lookup',
      summary: 'Identify a customer by member code, card token, email or phone',
      tags: ['customers'],
    },
    errors: ['customer_not_found', 'card_token_invalid'],
    successStatus: 200,
  })
  .input(customerLookupInput)
  .output(z.object({ customer: posCustomerLookup }))
  .query(async ({ ctx, input }) => {
    const identifier = storedIdentifier(input);
    if (!identifier) throw customerNotFound();
    return { customer: (await identifyCustomer(ctx.db, identifier, presenterOf(ctx)))! };
  });

export const enrolCustomer = terminalMutation('customers:write')
  .meta({
    openapi: {
      method: 'POST',
      path: '/customers',
      summary: 'Enrol a customer at the till',
      tags: ['customers'],
    },
    errors: ['customer_exists', 'referral_code_unknown'],
    successStatus: 201,
  })
  .input(customerEnrolInput)
  .output(customerOutput)
  .mutation(({ ctx, input: { referralCode, ...input } }) =>
    ctx.transact(async (tx) => {
      const created = await createCustomer(tx, {
        ...input,
        ...(referralCode ? { referral: { code: referralCode, via: 'TILL' as const } } : {}),
        homeShopId: ctx.terminal.shop.id,
        signUpSource: signUpSourceOfShop(ctx.terminal.shop.kind),
      });
      const bonus = await awardBonus(tx, {
        customerId: created.id,
        kind: 'SIGNUP_BONUS',
        channel: 'STORE',
        at: new Date(),
        shopId: ctx.terminal.shop.id,
      });
      const customer = { ...created, pointsBalance: created.pointsBalance + bonus };
      await recordAudit(tx, {
        actor: { type: 'API_KEY', id: ctx.terminal.apiKeyId },
        action: 'customer.enrol',
        target: { type: 'customer', id: customer.id },
      });
      return { customer };
    }),
  );
