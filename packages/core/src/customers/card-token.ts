import type { Db, Tx } from '@fidele/db';
import { KeyEncodings } from '@otplib/core';
import { totp } from 'otplib';
import { AppError } from '../errors.ts';

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

/** The customer a current card token belongs to, or `card_token_invalid`. */
export const customerOfCardToken = async (
  db: Db | Tx,
  token: string,
  now = new Date(),
): Promise<{ id: string; memberCode: string }> => {
  const parsed = parseCardToken(token);
  if (!parsed) throw cardTokenInvalid();
  const customer = await db.customer.findUnique({
    where: { memberCode: parsed.memberCode },
    select: { id: true, memberCode: true, cardSecret: true },
  });
  if (!customer || !generator(now).check(parsed.otp, customer.cardSecret)) throw cardTokenInvalid();
  return { id: customer.id, memberCode: customer.memberCode };
};

/** The token the customer's card shows now (portal). */
export const currentCardToken = async (db: Db | Tx, customerId: string, now = new Date()) => {
  const customer = await db.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { memberCode: true, cardSecret: true },
  });
  return cardToken(customer.memberCode, customer.cardSecret, now);
};
