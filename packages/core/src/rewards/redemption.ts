import { randomUUID } from 'node:crypto';
import type { Channel, Db, Tx } from '@fidele/db';
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
    select: codeSelect,
  });
  if (!found) throw codeNotFound();
  return found;
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

/**
 * Uses a code exactly once. The code moves from ACTIVE to REDEEMED by a conditional update: of
 * several tills redeeming it at once, one wins and the others find it redeemed.
 */
export const redeemCode = async (tx: Tx, use: CodeUse & { purchaseExternalId?: string }) => {
  const now = use.now ?? new Date();
  const code = await findCode(tx, use.code);
  const check = checkCode(code, { ...use, now });
  if (!check.valid) throw new AppError(check.reason);
  // One statement moves the code to REDEEMED (only if still ACTIVE), records the redemption,
  // linked to the purchase when the shop already sent it, and notes the event: a till waits on one
  // round trip, and the code's row lock is held the shortest time.
  const redemptionId = randomUUID();
  const detail = JSON.stringify({
    redemptionId,
    basketAmount: use.basketAmount,
    amountOff: check.amountOff,
  });
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH claimed AS (
      UPDATE "DiscountCode" SET status = 'REDEEMED', "redeemedAt" = ${now}::timestamptz
      WHERE id = ${code.id}::uuid AND status = 'ACTIVE'
      RETURNING id
    ), redemption AS (
      INSERT INTO "Redemption" (id, "codeId", "shopId", "apiKeyId", channel, "basketAmount", currency, "amountOff", "purchaseExternalId", "purchaseId")
      SELECT ${redemptionId}::uuid, claimed.id, ${use.shopId}::uuid, ${use.apiKeyId ?? null}::uuid, ${use.channel}::"Channel",
             ${use.basketAmount}::int, ${use.currency}, ${check.amountOff}::int, ${use.purchaseExternalId ?? null},
             (SELECT p.id FROM "Purchase" p WHERE p."shopId" = ${use.shopId}::uuid AND p."externalId" = ${use.purchaseExternalId ?? null})
      FROM claimed
      RETURNING id
    ), event AS (
      INSERT INTO "CodeEvent" ("codeId", type, channel, "shopId", "actorType", "actorId", detail)
      SELECT claimed.id, 'REDEEMED', ${use.channel}::"Channel", ${use.shopId}::uuid, 'API_KEY', ${use.apiKeyId ?? null}, ${detail}::jsonb
      FROM claimed
    )
    SELECT id FROM redemption`;
  if (!rows[0]) throw new AppError('code_already_redeemed');
  return { id: redemptionId, code: code.code, amountOff: check.amountOff };
};

/**
 * Undoes a redemption (order cancelled, basket abandoned): the code is usable again. Only the shop
 * that redeemed it may roll it back; another shop sees `redemption_not_found`.
 */
export const rollbackRedemption = async (
  tx: Tx,
  input: { redemptionId: string; shopId: string; apiKeyId?: string; now?: Date },
) => {
  const now = input.now ?? new Date();
  const redemption = await tx.redemption.findUnique({
    where: { id: input.redemptionId },
    select: { id: true, shopId: true, codeId: true, channel: true },
  });
  if (!redemption || redemption.shopId !== input.shopId) throw new AppError('redemption_not_found');
  const undone = await tx.redemption.updateMany({
    where: { id: redemption.id, status: 'COMPLETED' },
    data: { status: 'ROLLED_BACK', rolledBackAt: now },
  });
  if (undone.count === 0) throw new AppError('already_rolled_back');
  await tx.discountCode.updateMany({
    where: { id: redemption.codeId, status: 'REDEEMED' },
    data: { status: 'ACTIVE', redeemedAt: null },
  });
  await tx.codeEvent.create({
    data: {
      codeId: redemption.codeId,
      type: 'ROLLED_BACK',
      channel: redemption.channel,
      shopId: input.shopId,
      actorType: 'API_KEY',
      actorId: input.apiKeyId,
      detail: { redemptionId: redemption.id },
    },
  });
  return { id: redemption.id, status: 'ROLLED_BACK' as const };
};

/** Links redemptions made before the purchase was sent (`redemptionIds` on POST /purchases). */
export const linkRedemptionsToPurchase = async (
  tx: Tx,
  input: { redemptionIds: string[]; purchaseId: string; shopId: string },
) => {
  if (!input.redemptionIds.length) return;
  await tx.redemption.updateMany({
    where: { id: { in: input.redemptionIds }, shopId: input.shopId, purchaseId: null },
    data: { purchaseId: input.purchaseId },
  });
};
