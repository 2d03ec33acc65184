import type { Db } from '@fidele/db';
import {
  cardTokenInvalid,
  customerOfPresentedCardToken,
  type TokenPresenter,
} from '../customers/index.ts';
import { listCodesOf } from './catalog.ts';
import { usableOn } from './discount.ts';
import type { DiscountView } from './terms.ts';

export type TerminalCode = { discount: DiscountView; validUntil: Date } & (
  { code: string } | { last4: string }
);

/**
 * A customer's active codes usable on a till's or the e-shop's channel. Anyone who knows a code can
 * spend it, so a shop sees them in clear only with the customer's current card token (their card
 * at the till, their signed-in portal session at the e-shop's checkout); without one, it sees how
 * many there are and their terms, each code masked to its last 4 characters. A token that is not
 * this customer's current one is refused (`card_token_invalid`), not taken as absent, and counted
 * against the guessing limits like any wrong token.
 */
export const listCodesForTerminal = async (
  db: Db,
  input: {
    customerId: string;
    channel: 'STORE' | 'ESHOP';
    cardToken?: string;
    presenter: TokenPresenter;
  },
): Promise<TerminalCode[]> => {
  const [codes, holder] = await Promise.all([
    listCodesOf(db, { customerId: input.customerId, view: 'active' }),
    input.cardToken
      ? customerOfPresentedCardToken(db, input.cardToken, input.presenter)
      : undefined,
  ]);
  if (holder && holder.id !== input.customerId) throw cardTokenInvalid();
  return codes
    .filter((code) => usableOn(code.discount.channels, input.channel))
    .map((code) => ({
      ...(holder ? { code: code.code } : { last4: code.code.slice(-4) }),
      discount: code.discount,
      validUntil: code.validUntil,
    }));
};
