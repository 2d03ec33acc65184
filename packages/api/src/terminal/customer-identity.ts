import {
  cardTokenInvalid,
  customerOfPresentedCardToken,
  findCustomer,
  getCustomerSummary,
  type TokenPresenter,
} from '@fidele/core/customers';
import type { Db, Tx } from '@fidele/db';

/**
 * The customer a till names: by the static member code (enough to earn) or by the rotating card
 * token (proof the customer is present, needed to spend; wrong tokens are rate-limited).
 */
export const identifyCustomer = async (
  db: Db | Tx,
  by: { memberCode?: string; cardToken?: string; email?: string; phone?: string },
  presenter: TokenPresenter,
) => {
  if (by.cardToken)
    return findCustomer(db, {
      id: (await customerOfPresentedCardToken(db, by.cardToken, presenter)).id,
    });
  if (by.memberCode) return findCustomer(db, { memberCode: by.memberCode });
  if (by.email) return findCustomer(db, { email: by.email });
  if (by.phone) return findCustomer(db, { phone: by.phone });
  return undefined;
};

/**
 * The till's side of a card token check: its key (or, for an order webhook, which has none, its
 * shop), counted on the root client.
 */
export const presenterOf = (ctx: {
  db: Db;
  terminal: { apiKeyId?: string; shop: { id: string } };
}): TokenPresenter => ({
  db: ctx.db,
  apiKeyId: ctx.terminal.apiKeyId ?? `webhook:${ctx.terminal.shop.id}`,
});

/** The customer the till names, proven present by their card token. */
export const presentCustomer = async (
  ctx: Parameters<typeof presenterOf>[0],
  input: { id: string; cardToken: string },
) => {
  const customer = await getCustomerSummary(ctx.db, input.id);
  if (
    (await customerOfPresentedCardToken(ctx.db, input.cardToken, presenterOf(ctx))).id !==
    customer.id
  )
    throw cardTokenInvalid();
  return customer;
};
