import { Prisma, type Channel, type Tx } from '@fidele/db';
import { customerActivityUpdate } from '../activity/index.ts';
import { getCustomerSummary, type CustomerSummary } from '../customers/index.ts';
import { recordMovement } from '../ledger/index.ts';
import { upgradeTier } from '../tiers/index.ts';
import {
  computeEarn,
  grantBonus,
  lockedEarnContext,
  programmeConfig,
  type Basket,
  type ProgrammeSettings,
} from '../earning/index.ts';
import { AppError } from '../errors.ts';
import { generateClaimCode } from './claim-code.ts';

type TierRef = CustomerSummary['tier'];

export type PurchaseLine = { sku: string; category?: string; quantity: number; unitAmount: number };

export type NewPurchase = {
  shopId: string;
  channel: Channel;
  externalId: string;
  customer?: CustomerSummary;
  amount: number;
  currency: string;
  occurredAt: Date;
  lines?: PurchaseLine[];
};

export type RecordedPurchase = {
  created: boolean;
  purchase: {
    id: string;
    externalId: string;
    pointsEarned: number;
    /** Points credited with the purchase besides `pointsEarned` (a first purchase on a channel). */
    bonusPoints: number;
    customer?: CustomerSummary & { tierChange?: { from: TierRef; to: TierRef } };
    /** For the receipt of a purchase without a customer, who can claim its points later. */
    claimCode?: string;
  };
};

/**
 * The engine's points for a customer's basket, and the programme's settings they were earned
 * under. The customer's account row is locked first (see `lockedEarnContext`), so two purchases
 * of one customer cannot both pass a daily cap; rules and settings come from memory while the
 * programme's configuration stamp is unchanged (`programmeConfig`).
 */
export const earnForCustomer = async (tx: Tx, customerId: string, basket: Basket) => {
  const context = await lockedEarnContext(tx, customerId, basket);
  const { rules, settings } = await programmeConfig(tx, context.configStamp);
  return { earned: computeEarn(basket, rules, context), settings };
};

/**
 * Records a purchase and earns its points, once per (shop, externalId): a resend, even a
 * concurrent one, finds the first purchase and earns nothing. The caller identifies the customer
 * (their summary comes back with the new balance); the points move last, so the programme
 * account's row, which every purchase of the channel updates, stays locked the shortest time.
 */
export const recordPurchase = async (tx: Tx, input: NewPurchase): Promise<RecordedPurchase> => {
  const { customer } = input;
  const basket = {
    channel: input.channel,
    shopId: input.shopId,
    amount: input.amount,
    currency: input.currency,
    occurredAt: input.occurredAt,
    lines: input.lines,
  };
  const earnedWith = customer ? await earnForCustomer(tx, customer.id, basket) : undefined;
  const earned = earnedWith?.earned;
  const points = earned?.points ?? 0;
  // 44 random bits: a clash with another receipt's code is too unlikely to retry for.
  const claimCode = customer ? null : generateClaimCode();
  // ON CONFLICT waits for a concurrent insert of the same purchase and then does nothing.
  const inserted = await tx.$queryRaw<{ id: string; firstOnChannel: boolean }[]>`
    WITH inserted AS (
      INSERT INTO "Purchase" ("shopId", "externalId", "customerId", channel, amount, currency, "occurredAt", lines, "pointsEarned", "earnDetail", "claimCode")
      VALUES (${input.shopId}::uuid, ${input.externalId}, ${customer?.id ?? null}::uuid,
              ${input.channel}::"Channel", ${input.amount}::int, ${input.currency}, ${input.occurredAt}::timestamptz,
              ${input.lines ? JSON.stringify(input.lines) : null}::jsonb, ${points}::int,
              ${earned ? JSON.stringify(earned.lines) : null}::jsonb, ${claimCode})
      ON CONFLICT ("shopId", "externalId") DO NOTHING
      RETURNING id
    )${
      customer
        ? Prisma.sql`, activity AS (${customerActivityUpdate({
            customerId: customer.id,
            channel: input.channel,
            purchasedAt: input.occurredAt,
            onlyIf: Prisma.sql`EXISTS (SELECT 1 FROM inserted)`,
          })})`
        : Prisma.empty
    }
    SELECT id, ${customer ? firstPurchaseOnChannel(customer.id, input.channel) : false} AS "firstOnChannel"
    FROM inserted`;
  const created = inserted[0];
  if (!created) return { created: false, purchase: await findSamePurchase(tx, input) };
  const earning =
    customer && earnedWith && points > 0
      ? await creditPurchasePoints(tx, earnedWith.settings, {
          customerId: customer.id,
          purchaseId: created.id,
          channel: input.channel,
          points,
        })
      : null;
  const bonus =
    customer && created.firstOnChannel
      ? await newChannelBonus(tx, created.id, customer.id, input)
      : null;
  const balance = bonus?.balance ?? earning?.balance ?? customer?.pointsBalance;
  const upgrade = earning?.upgrade;
  return {
    created: true,
    purchase: {
      id: created.id,
      externalId: input.externalId,
      pointsEarned: points,
      bonusPoints: bonus?.points ?? 0,
      ...(customer
        ? {
            customer: {
              ...customer,
              pointsBalance: balance!,
              tier: upgrade?.to ?? customer.tier,
              ...(upgrade ? { tierChange: { from: customer.tier, to: upgrade.to } } : {}),
            },
          }
        : {}),
      ...(claimCode ? { claimCode } : {}),
    },
  };
};

const DAY_MS = 86_400_000;

/**
 * Credits the points a purchase earned and moves the customer's tier up if they now qualify, so
 * the till's response already says it. The points stay pending for the programme's pending period
 * (a return within it cancels them before they can be spent), or are spendable at once when it
 * is 0.
 */
export const creditPurchasePoints = async (
  tx: Tx,
  settings: ProgrammeSettings,
  input: {
    customerId: string;
    purchaseId: string;
    channel: Channel;
    points: number;
    reason?: string;
  },
) => {
  const movement = await recordMovement(tx, {
    customerId: input.customerId,
    type: 'EARN',
    channel: input.channel,
    points: input.points,
    source: { type: 'PURCHASE', id: input.purchaseId },
    reason: input.reason,
    qualifying: true,
    pendingUntil:
      settings.pendingDays > 0 ? new Date(Date.now() + settings.pendingDays * DAY_MS) : undefined,
  });
  const upgrade = await upgradeTier(tx, {
    customerId: input.customerId,
    settings,
    movementId: movement.movementId,
  });
  return { ...movement, upgrade };
};

/**
 * Whether the statement recording a customer's purchase records their first on this channel
 * (read with that statement's snapshot, so the purchase itself is not counted). The customer's
 * account row is already locked, so two first purchases cannot both count.
 */
export const firstPurchaseOnChannel = (customerId: string, channel: Channel) => Prisma.sql`
  NOT EXISTS (SELECT 1 FROM "Purchase" p
              WHERE p."customerId" = ${customerId}::uuid AND p.channel = ${channel}::"Channel")`;

/**
 * The bonus for a customer's first purchase in a channel (see `firstPurchaseOnChannel`). It is a
 * movement of its own, not part of `pointsEarned`, which refunds claw back in proportion; the
 * purchase's detail still lists it.
 */
export const newChannelBonus = async (
  tx: Tx,
  purchaseId: string,
  customerId: string,
  input: Pick<NewPurchase, 'channel' | 'occurredAt' | 'shopId'>,
) => {
  const bonus = await grantBonus(tx, {
    customerId,
    kind: 'NEW_CHANNEL_BONUS',
    channel: input.channel,
    at: input.occurredAt,
    shopId: input.shopId,
  });
  if (!bonus) return null;
  const line = {
    step: 'NEW_CHANNEL_BONUS',
    ruleId: bonus.ruleId,
    label: bonus.label,
    points: bonus.points,
  };
  await tx.$executeRaw`
    UPDATE "Purchase" SET "earnDetail" = COALESCE("earnDetail", '[]'::jsonb) || ${JSON.stringify([line])}::jsonb
    WHERE id = ${purchaseId}::uuid`;
  return bonus;
};

type StoredLine = { sku: string; category?: string | null; quantity: number; unitAmount: number };

/** Lines compared as a till means them: the same items, in any order. */
const lineKeys = (lines: readonly StoredLine[] | null | undefined) =>
  (lines ?? [])
    .map((line) =>
      JSON.stringify([line.sku, line.category ?? null, line.quantity, line.unitAmount]),
    )
    .sort()
    .join('\n');

/**
 * The purchase this shop already recorded under the externalId: the first answer again when the
 * request is the same, `purchase_conflict` naming the difference when the amount, the currency or
 * the lines differ (a cashier correcting 80 € to 90 € must not believe it worked).
 */
const findSamePurchase = async (tx: Tx, input: NewPurchase) => {
  const purchase = await tx.purchase.findUniqueOrThrow({
    where: { shopId_externalId: { shopId: input.shopId, externalId: input.externalId } },
    select: {
      id: true,
      externalId: true,
      pointsEarned: true,
      customerId: true,
      claimCode: true,
      amount: true,
      currency: true,
      lines: true,
      earnDetail: true,
    },
  });
  const difference =
    purchase.amount !== input.amount || purchase.currency !== input.currency
      ? {
          field: 'amount',
          message: `amount: this externalId was recorded with ${purchase.amount} ${purchase.currency}, not ${input.amount} ${input.currency}.`,
        }
      : lineKeys(purchase.lines as StoredLine[] | null) !== lineKeys(input.lines)
        ? { field: 'lines', message: 'lines: this externalId was recorded with other lines.' }
        : undefined;
  if (difference)
    throw new AppError('purchase_conflict', difference.message, { field: difference.field });
  const customer = purchase.customerId
    ? await getCustomerSummary(tx, purchase.customerId)
    : undefined;
  return {
    id: purchase.id,
    externalId: purchase.externalId,
    pointsEarned: purchase.pointsEarned,
    bonusPoints: bonusPointsOf(purchase.earnDetail as EarnDetailLine[] | null),
    ...(customer ? { customer } : purchase.claimCode ? { claimCode: purchase.claimCode } : {}),
  };
};

type EarnDetailLine = { step: string; points: number };

/** The bonus lines `newChannelBonus` appended to a purchase's earn detail. */
const bonusPointsOf = (detail: readonly EarnDetailLine[] | null) =>
  (detail ?? []).reduce(
    (sum, line) => (line.step === 'NEW_CHANNEL_BONUS' ? sum + line.points : sum),
    0,
  );
