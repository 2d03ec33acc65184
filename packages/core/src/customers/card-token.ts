import type { Db, Tx } from '@fidele/db';
import { KeyEncodings } from '@otplib/core';
import { totp } from 'otplib';
import { AppError, isAppError } from '../errors.ts';
import { checkRateLimit, consumeRateLimit, RATE_LIMITS } from '../rate-limits/index.ts';
import { type CustomerSummary, findCardHolder } from './customer.ts';

/**
 * The rotating member card: `FDL:<memberCode>:<8-digit TOTP>`, a new one every 30 seconds from a
 * per-customer secret. A till accepts the current token and one step either side (clock drift,
 * time to scan), so a photo of a card stops working within about a minute.
 */
export const CARD_TOKEN_STEP_SECONDS = 30;

const generator = (now: Date) =>
  totp.clone({
    step: CARD_TOKEN_STEP_SECONDS,
    window: 1,
    digits: 8,
    encoding: KeyEncodings.HEX,
    epoch: now.getTime(),
  });

export const cardToken = (memberCode: string, secret: string, now = new Date()) => ({
  token: `FDL:${memberCode}:${generator(now).generate(secret)}`,
  /** When the card should show the next token. */
  refreshAt: new Date((Math.floor(now.getTime() / 30_000) + 1) * 30_000),
});

const TOKEN_FORMAT = /^FDL:(\d{12}):(\d{8})$/;

export const parseCardToken = (token: string) => {
  const match = TOKEN_FORMAT.exec(token.trim());
  return match ? { memberCode: match[1]!, otp: match[2]! } : undefined;
};

export const cardTokenInvalid = () => new AppError('card_token_invalid');

/** The customer a current card token belongs to, or `card_token_invalid`: one statement. */
export const customerOfCardToken = async (
  db: Db | Tx,
  token: string,
  now = new Date(),
): Promise<CustomerSummary> => {
  const parsed = parseCardToken(token);
  if (!parsed) throw cardTokenInvalid();
  return checkedHolder(await findCardHolder(db, parsed.memberCode), parsed.otp, now);
};

const checkedHolder = (
  holder: (CustomerSummary & { cardSecret: string }) | undefined,
  otp: string,
  now: Date,
): CustomerSummary => {
  if (!holder || !generator(now).check(otp, holder.cardSecret)) throw cardTokenInvalid();
  const { cardSecret: _secret, ...customer } = holder;
  return customer;
};

/** Who presents a token at a till: the key's id and the root client its counts are kept with. */
export type TokenPresenter = { db: Db; apiKeyId: string };

/**
 * `customerOfCardToken` at a till, under the limits on guessing: wrong tokens are counted for
 * the member code they name and for the API key that sent them; past either limit every token
 * is refused with `rate_limited` (a right one too, or guessing would go on with a tell), until
 * the wait ends. A right token costs one round trip: the two counts and the card's holder are
 * read at once, the holder used only once both counts allow it.
 */
export const customerOfPresentedCardToken = async (
  db: Db | Tx,
  token: string,
  presenter: TokenPresenter,
  now = new Date(),
): Promise<CustomerSummary> => {
  const parsed = parseCardToken(token);
  const limits = [
    { policy: RATE_LIMITS.cardTokenFailuresPerApiKey, subject: presenter.apiKeyId },
    ...(parsed
      ? [{ policy: RATE_LIMITS.cardTokenFailuresPerCustomer, subject: parsed.memberCode }]
      : []),
  ];
  const [holder] = await Promise.all([
    parsed ? findCardHolder(db, parsed.memberCode) : undefined,
    ...limits.map((l) => checkRateLimit(presenter.db, l.policy, l.subject)),
  ]);
  try {
    if (!parsed) throw cardTokenInvalid();
    return checkedHolder(holder, parsed.otp, now);
  } catch (error) {
    if (isAppError(error) && error.code === 'card_token_invalid')
      await Promise.all(limits.map((l) => consumeRateLimit(presenter.db, l.policy, l.subject)));
    throw error;
  }
};

/** The token the customer's card shows now (portal). */
export const currentCardToken = async (db: Db | Tx, customerId: string, now = new Date()) => {
  const customer = await db.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { memberCode: true, cardSecret: true },
  });
  return cardToken(customer.memberCode, customer.cardSecret, now);
};
