import {
  cardTokenInvalid,
  type CustomerIdentifier,
  customerOfPresentedCardToken,
  type CustomerSummary,
  findCustomer,
  getCustomerSummary,
  type TokenPresenter,
} from '@fidele/core/customers';
import type { Db, Tx } from '@fidele/db';

type TillIdentifiers = { memberCode?: string; cardToken?: string; email?: string; phone?: string };

/**
 * Whom a till names: by the rotating card token (proof the customer is present, needed to spend;
 * wrong tokens are rate-limited), checked here, whose holder is returned; else by the static
 * member code (enough to earn), email or phone, for a use case that finds the customer in its
 * own read.
 */
export const nameCustomer = async (
  db: Db | Tx,
  by: TillIdentifiers,
  presenter: TokenPresenter,
): Promise<CustomerIdentifier | undefined> =>
  by.cardToken ? customerOfPresentedCardToken(db, by.cardToken, presenter) : identifierOf(by);

/** The customer a till names (`nameCustomer`), found. */
export const identifyCustomer = async (
  db: Db | Tx,
  by: TillIdentifiers,
  presenter: TokenPresenter,
): Promise<CustomerSummary | undefined> => {
  if (by.cardToken) return customerOfPresentedCardToken(db, by.cardToken, presenter);
  const named = identifierOf(by);
  return named && findCustomer(db, named);
};

const identifierOf = (by: TillIdentifiers): CustomerIdentifier | undefined =>
  by.memberCode
    ? { memberCode: by.memberCode }
    : by.email
      ? { email: by.email }
      : by.phone
        ? { phone: by.phone }
        : undefined;

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

/**
 * The customer the till names, proven present by their card token: one round trip when the
 * token is theirs. A token of someone else's is `card_token_invalid`, an unknown customer
 * `customer_not_found`.
 */
export const presentCustomer = async (
  ctx: Parameters<typeof presenterOf>[0],
  input: { id: string; cardToken: string },
) => {
  const holder = await customerOfPresentedCardToken(
    ctx.db,
    input.cardToken,
    presenterOf(ctx),
  ).catch(async (error: unknown) => {
    await getCustomerSummary(ctx.db, input.id);
    throw error;
  });
  if (holder.id !== input.id) {
    await getCustomerSummary(ctx.db, input.id);
    throw cardTokenInvalid();
  }
  return holder;
};
