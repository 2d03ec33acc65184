import { randomUUID } from 'node:crypto';
import { type Channel, type Db, Prisma, queryRows, type Tx } from '@fidele/db';
import {
  type Answer,
  type IdempotencyScope,
  keyArguments,
  refuseOnce,
  replayedAnswer,
  settleOutcome,
  type StatementOutcome,
  type StoredAnswer,
  storedAnswerOf,
} from '../idempotency/index.ts';
import { AppError, errorCatalogue } from '../errors.ts';
import { normalizeCode } from './code-format.ts';
import { checkCode } from './discount.ts';
import { discountTermsSelect } from './terms.ts';

export type CodeUse = {
  code: string;
  basketAmount: number;
  currency: string;
  channel: Channel;
  shopId: string;
  apiKeyId?: string;
  now?: Date;
};

const codeSelect = {
  id: true,
  code: true,
  status: true,
  validFrom: true,
  validUntil: true,
  ...discountTermsSelect,
} as const;

const codeNotFound = () => new AppError('code_not_found');

const findCode = async (db: Db | Tx, code: string) => {
  const found = await db.discountCode.findUnique({
    where: { code: normalizeCode(code) },
    select: { ...codeSelect, customer: { select: { blockedAt: true } } },
  });
  if (!found) throw codeNotFound();
  const { customer, ...state } = found;
  return { ...state, holderBlocked: customer.blockedAt !== null };
};

/**
 * Whether a code may be used for this basket, and what it takes off. Changes nothing about the
 * code; the check is noted in the code's life so support can see who looked at it.
 */
export const validateCode = async (db: Db, use: CodeUse) => {
  const code = await findCode(db, use.code);
  const check = checkCode(code, { ...use, now: use.now ?? new Date() });
  await db.codeEvent.create({
    data: {
      codeId: code.id,
      type: 'VALIDATED',
      channel: use.channel,
      shopId: use.shopId,
      actorType: 'API_KEY',
      actorId: use.apiKeyId,
      detail: {
        basketAmount: use.basketAmount,
        ...(check.valid ? { amountOff: check.amountOff } : { reason: check.reason }),
      },
    },
  });
  return check.valid
    ? { valid: true as const, discount: { type: code.discountType, amountOff: check.amountOff } }
    : {
        valid: false as const,
        reason: check.reason,
        message: errorCatalogue[check.reason].message,
      };
};

type CodeRow = Prisma.DiscountCodeGetPayload<{ select: typeof codeSelect }> & {
  holderBlocked: boolean;
};

export type Redeemed = { redemption: { id: string; code: string; amountOff: number } };

/**
 * Uses a code exactly once, in two round trips and no open transaction: one read of the code
 * (and of what the Idempotency-Key already holds), the code's rules checked here, then
 * `redeem_discount_code`, which takes the key, moves the code from ACTIVE to REDEEMED only if it
 * still is (of several tills redeeming it at once, one wins and the others find it redeemed),
 * records the redemption, linked to the purchase when the shop already sent it, notes the event
 * and keeps the answer under the key.
 */
export const redeemCode = async (
  db: Db,
  use: CodeUse & { purchaseExternalId?: string },
  once: { scope?: IdempotencyScope; status: number } = { status: 201 },
): Promise<Answer<Redeemed>> => {
  const now = use.now ?? new Date();
  const [read] = await queryRows<
    { [K in keyof CodeRow]: CodeRow[K] | null } & { stored: StoredAnswer | null }
  >(
    db,
    Prisma.sql`
    SELECT c.id, c.code, c.status, c."validFrom", c."validUntil", c."discountType", c."discountValue",
           c."discountCap", c.currency, c."minBasket", c.channels,
           h."blockedAt" IS NOT NULL AS "holderBlocked", ${storedAnswerOf(once.scope)} AS stored
    FROM (SELECT 1) AS one LEFT JOIN "DiscountCode" c ON c.code = ${normalizeCode(use.code)}
    LEFT JOIN "Customer" h ON h.id = c."customerId"`,
  );
  const replay = replayedAnswer<Redeemed>(once.scope, read!.stored);
  if (replay) return replay;
  if (read!.id === null) return refuseOnce(db, once.scope, codeNotFound());
  const code = read as CodeRow;
  const check = checkCode(code, { ...use, now });
  if (!check.valid) return refuseOnce(db, once.scope, new AppError(check.reason));
  const redemptionId = randomUUID();
  const answer: Redeemed = {
    redemption: { id: redemptionId, code: code.code, amountOff: check.amountOff },
  };
  const [{ outcome }] = (await queryRows<{ outcome: StatementOutcome<Redeemed> }>(
    db,
    Prisma.sql`
    SELECT redeem_discount_code(${code.id}::uuid, ${redemptionId}::uuid, ${use.shopId}::uuid,
      ${use.apiKeyId ?? null}::uuid, ${use.channel}::"Channel", ${use.basketAmount}::int,
      ${use.currency}, ${check.amountOff}::int, ${use.purchaseExternalId ?? null}, ${now}::timestamptz,
      ${once.status}::int, ${JSON.stringify(answer)}::jsonb, ${keyArguments(once.scope)}) AS outcome`,
  )) as [{ outcome: StatementOutcome<Redeemed> }];
  return settleOutcome(db, once.scope, outcome);
};

export type RolledBack = { redemption: { id: string; status: 'ROLLED_BACK' } };

/**
 * Undoes a redemption (order cancelled, basket abandoned): the code is usable again. One round
 * trip: `roll_back_redemption` takes the key, refuses a redemption of another shop
 * (`redemption_not_found`, as if it did not exist) or one already rolled back, and otherwise
 * rolls it back, reactivates the code, notes the event and keeps the answer under the key.
 */
export const rollbackRedemption = async (
  db: Db,
  input: { redemptionId: string; shopId: string; apiKeyId?: string; now?: Date },
  once: { scope?: IdempotencyScope; status: number } = { status: 200 },
): Promise<Answer<RolledBack>> => {
  const answer: RolledBack = { redemption: { id: input.redemptionId, status: 'ROLLED_BACK' } };
  const [{ outcome }] = (await queryRows<{ outcome: StatementOutcome<RolledBack> }>(
    db,
    Prisma.sql`
    SELECT roll_back_redemption(${input.redemptionId}::uuid, ${input.shopId}::uuid,
      ${input.apiKeyId ?? null}::uuid, ${input.now ?? new Date()}::timestamptz, ${once.status}::int,
      ${JSON.stringify(answer)}::jsonb, ${keyArguments(once.scope)}) AS outcome`,
  )) as [{ outcome: StatementOutcome<RolledBack> }];
  return settleOutcome(db, once.scope, outcome);
};

/** Links redemptions made before the purchase was sent (`redemptionIds` on POST /purchases). */
export const linkRedemptionsToPurchase = async (
  tx: Db | Tx,
  input: { redemptionIds: string[]; purchaseId: string; shopId: string },
) => {
  if (!input.redemptionIds.length) return;
  await tx.redemption.updateMany({
    where: { id: { in: input.redemptionIds }, shopId: input.shopId, purchaseId: null },
    data: { purchaseId: input.purchaseId },
  });
};
