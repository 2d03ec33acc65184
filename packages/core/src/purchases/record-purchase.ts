import type { Channel, Db, Tx } from '@fidele/db';
import {
  type CustomerIdentifier,
  customerNotFound,
  getCustomerSummary,
  type CustomerSummary,
} from '../customers/index.ts';
import { latestProgrammeConfig, programmeConfig } from '../earning/index.ts';
import { AppError } from '../errors.ts';
import { decideOnCustomer, STALE } from '../ledger/index.ts';
import {
  type Answer,
  callWriteFunction,
  type IdempotencyScope,
  keepAnswer,
  refuseIfRefusal,
  replayedAnswer,
  settleOutcome,
  type StatementOutcome,
} from '../idempotency/index.ts';
import { linkRedemptionsToPurchase } from '../rewards/index.ts';
import { readPurchaseContext } from './purchase-context.ts';
import { decidePurchase } from './purchase-decision.ts';

type TierRef = CustomerSummary['tier'];

export type PurchaseLine = { sku: string; category?: string; quantity: number; unitAmount: number };

export type NewPurchase = {
  shopId: string;
  /** The key the till or e-shop sent it with, kept on the purchase for the audit log. */
  apiKeyId?: string;
  channel: Channel;
  externalId: string;
  /** Whoever the till named: a customer read before (their summary names them by id) or an identifier. */
  customer?: CustomerIdentifier;
  amount: number;
  currency: string;
  occurredAt: Date;
  lines?: PurchaseLine[];
  /** Redemptions made before the purchase was sent, linked to it. */
  redemptionIds?: string[];
};

export type RecordedPurchase = {
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

/** How a till's purchase is answered: its key, 201 when recorded, 200 for one already sent. */
export type PurchaseAnswering = { scope?: IdempotencyScope; status: number; resentStatus: number };

/**
 * Records a purchase and earns its points, once per (shop, externalId): a resend, even a
 * concurrent one, finds the first purchase and earns nothing. Two round trips and no open
 * transaction: one read of everything the purchase is decided on (`readPurchaseContext`), the
 * decision in TypeScript (the earning engine, the movements' plans, the bonus and the tier:
 * `decidePurchase`), then `record_purchase` writes it all with the Idempotency-Key's answer, after
 * checking under the customer's lock that the context still holds; if it does not (another
 * movement of this customer got in between), the purchase is decided again (`decideOnCustomer`).
 */
export async function recordPurchase(
  db: Db,
  sale: NewPurchase,
  answering?: PurchaseAnswering,
): Promise<Answer<RecordedPurchase>>;
/** Inside a caller's transaction (the demo seed): no Idempotency-Key, which needs the root client. */
export async function recordPurchase(tx: Tx, sale: NewPurchase): Promise<Answer<RecordedPurchase>>;
export async function recordPurchase(
  client: Db | Tx,
  sale: NewPurchase,
  answering: PurchaseAnswering = { status: 201, resentStatus: 200 },
): Promise<Answer<RecordedPurchase>> {
  const db = client as Db;
  const { scope } = answering;
  // Known from the first read when the till named the customer by another identifier.
  let customerId = sale.customer && 'id' in sale.customer ? sale.customer.id : undefined;
  const decided = await decideOnCustomer(db, sale.customer && (() => customerId!), async (on) => {
    const now = new Date();
    const latest = await latestProgrammeConfig(on);
    const context = await readPurchaseContext(
      on,
      { ...sale, customer: customerId ? { id: customerId } : sale.customer },
      latest.config.settings,
      scope,
    );
    customerId = context.customer?.summary.id;
    const replay = replayedAnswer<RecordedPurchase>(scope, context.stored);
    if (replay) return { replay };
    if (context.unknownCustomer) return { refused: customerNotFound() };
    if (context.exists) return { exists: true as const };
    if (context.customer && context.customer.configStamp !== latest.stamp) {
      await programmeConfig(on, context.customer.configStamp);
      return STALE;
    }
    const decision = decidePurchase({
      sale,
      context: context.customer,
      config: latest.config,
      expectedStamp: latest.stamp,
      status: answering.status,
      now,
    });
    const outcome = await callWriteFunction<
      StatementOutcome<RecordedPurchase> | { stale: true } | { exists: true }
    >(on, 'record_purchase', decision.call, scope);
    if ('stale' in outcome) return STALE;
    if ('exists' in outcome) return { exists: true as const };
    return { outcome };
  });
  if ('replay' in decided) return decided.replay!;
  if ('refused' in decided) return refuseIfRefusal(db, scope, decided.refused);
  if ('exists' in decided) return answerResent(db, sale, answering);
  return settleOutcome(db, scope, decided.outcome);
}

/**
 * The answer to a purchase the shop already sent: the first one, kept under this request's key.
 * Redemptions sent with it are linked to it all the same.
 */
const answerResent = async (
  db: Db,
  sale: NewPurchase,
  { scope, resentStatus }: PurchaseAnswering,
): Promise<Answer<RecordedPurchase>> => {
  const purchase = await findSamePurchase(db, sale).catch((error: unknown) =>
    refuseIfRefusal(db, scope, error),
  );
  if (sale.redemptionIds?.length)
    await linkRedemptionsToPurchase(db, {
      redemptionIds: sale.redemptionIds,
      purchaseId: purchase.id,
      shopId: sale.shopId,
    });
  const body = { purchase };
  if (scope) await keepAnswer(db, scope, resentStatus, body);
  return { status: resentStatus, body, replayed: false };
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
const findSamePurchase = async (db: Db, input: NewPurchase) => {
  const purchase = await db.purchase.findUniqueOrThrow({
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
    ? await getCustomerSummary(db, purchase.customerId)
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
