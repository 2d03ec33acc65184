import { type ActorType, type Channel, type Db, Prisma, queryRows, type Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import {
  type Answer,
  callWriteFunction,
  type IdempotencyScope,
  refuseIfRefusal,
  replayedAnswer,
  settleWithAnswer,
  type StatementOutcome,
  type StoredAnswer,
  storedAnswerOf,
} from '../idempotency/index.ts';
import {
  balancesAfter,
  debtAccountCode,
  decideOnCustomer,
  STALE,
  pendingAccountCode,
  planMovement,
  plannedMovement,
} from '../ledger/index.ts';
import { type DiscountTerms, usableOn } from './discount.ts';
import { newRewardCode } from './reward-code.ts';
import type { IssuedCode } from './terms.ts';

export const rewardNotFound = () => new AppError('reward_not_found');

export type ClaimedReward = IssuedCode & { pointsBalance: number };

type ClaimRead = {
  rewardId: string | null;
  pointsCost: number;
  stock: number | null;
  archivedAt: Date | null;
  validityDays: number | null;
  validFrom: Date | null;
  validUntil: Date | null;
  minTierRank: number | null;
  minTierName: string | null;
  version: string | null;
  /** Support blocked her account: nothing is spent. */
  blocked: boolean;
  spendable: number;
  pending: number;
  debt: number;
  tierId: string;
  tierRank: number;
  stored: StoredAnswer | null;
} & DiscountTerms;

/** How a claim is answered: its key and status, and the body made of the claimed code. */
export type ClaimAnswering<T> = {
  scope?: IdempotencyScope;
  status: number;
  respond: (claimed: ClaimedReward) => T;
};

/**
 * Turns points into a discount code: the points leave through the ledger (refused with
 * `insufficient_points` when short), the stock drops by one (refused with `reward_out_of_stock` at
 * zero), and the code is issued with the reward's terms of today. Two round trips and no open
 * transaction: one read of the reward and the customer, the reward's rules and the debit decided
 * here, then `claim_reward` writes them with the key's answer if the customer's account and tier
 * still are as read (else the claim is decided again: `decideOnCustomer`).
 */
export async function claimReward<T>(
  db: Db,
  input: ClaimInput,
  answering: ClaimAnswering<T>,
): Promise<Answer<T>>;
/** Inside a caller's transaction (the demo seed) or without a key: the claimed code. */
export async function claimReward(db: Db | Tx, input: ClaimInput): Promise<Answer<ClaimedReward>>;
export async function claimReward<T>(
  client: Db | Tx,
  input: ClaimInput,
  answering: ClaimAnswering<T> = {
    status: 201,
    respond: (claimed) => claimed as T,
  },
): Promise<Answer<T>> {
  const db = client as Db;
  const { scope } = answering;
  const decided = await decideOnCustomer(db, input.customerId, async (on) => {
    const now = input.now ?? new Date();
    const read = await readClaim(on, input, scope);
    const replay = replayedAnswer<T>(scope, read.stored);
    if (replay) return { replay };
    let claim: ReturnType<typeof decideClaim>;
    try {
      claim = decideClaim(read, input, now);
    } catch (error) {
      return { refused: error };
    }
    const answer = answering.respond(claim.claimed);
    const outcome = await callWriteFunction<StatementOutcome<T> | { stale: true }>(
      on,
      'claim_reward',
      { ...claim.call, answerStatus: answering.status, answer },
      scope,
    );
    return 'stale' in outcome ? STALE : { outcome, answer };
  });
  if ('replay' in decided) return decided.replay!;
  if ('refused' in decided) return refuseIfRefusal(db, scope, decided.refused);
  return settleWithAnswer(db, scope, decided.outcome, decided.answer);
}

type ClaimInput = {
  customerId: string;
  rewardId: string;
  channel: Channel;
  actor: { type: ActorType; id?: string };
  shopId?: string;
  now?: Date;
};

/** The reward, the customer's balances and tier, and the key's answer: one statement. */
const readClaim = async (db: Db | Tx, input: ClaimInput, scope: IdempotencyScope | undefined) => {
  const [read] = await queryRows<ClaimRead>(
    db,
    Prisma.sql`
    SELECT r.id AS "rewardId", r."pointsCost", r.stock, r."archivedAt", r."validityDays",
           r."validFrom", r."validUntil", r."discountType", r."discountValue", r."discountCap",
           r.currency, r."minBasket", r.channels, mt.rank AS "minTierRank", mt.name AS "minTierName",
           a.xmin::text AS version, a.balance AS spendable,
           COALESCE((SELECT p.balance FROM "Account" p WHERE p.code = ${pendingAccountCode(input.customerId)}), 0) AS pending,
           COALESCE((SELECT d.balance FROM "Account" d WHERE d.code = ${debtAccountCode(input.customerId)}), 0) AS debt,
           c."tierId", ct.rank AS "tierRank", c."blockedAt" IS NOT NULL AS blocked,
           ${storedAnswerOf(scope)} AS stored
    FROM (SELECT 1) AS one
    LEFT JOIN "Reward" r ON r.id = ${input.rewardId}::uuid
    LEFT JOIN "Tier" mt ON mt.id = r."minTierId"
    LEFT JOIN "Customer" c ON c.id = ${input.customerId}::uuid
    LEFT JOIN "Account" a ON a."customerId" = c.id
    LEFT JOIN "Tier" ct ON ct.id = c."tierId"`,
  );
  return read!;
};

/** The reward's rules and the customer's tier checked, the debit planned, the code made. */
const decideClaim = (read: ClaimRead, input: ClaimInput, now: Date) => {
  if (!read.rewardId || read.archivedAt) throw rewardNotFound();
  if (read.version === null) throw new Error(`Customer ${input.customerId} has no points account`);
  if (read.blocked) throw new AppError('customer_blocked');
  // The portal claims for any channel (the customer uses the code later); a till or the e-shop
  // only claims what it can redeem itself.
  if (
    (input.channel === 'STORE' || input.channel === 'ESHOP') &&
    !usableOn(read.channels, input.channel)
  )
    throw new AppError('reward_not_valid_on_channel');
  if ((read.validFrom && now < read.validFrom) || (read.validUntil && now >= read.validUntil))
    throw new AppError('reward_not_available');
  if (read.minTierRank !== null && read.tierRank < read.minTierRank)
    throw new AppError('tier_too_low', `This reward is for ${read.minTierName} members and above.`);
  const plan = planMovement({ points: -read.pointsCost }, read);
  const { issued, row } = newRewardCode(read, now);
  return {
    claimed: { ...issued, pointsBalance: balancesAfter(read, plan).spendable },
    call: {
      customerId: input.customerId,
      tierId: read.tierId,
      version: read.version,
      rewardId: read.rewardId,
      limitedStock: read.stock !== null,
      code: { ...row, pointsCost: read.pointsCost },
      event: {
        channel: input.channel,
        shopId: input.shopId,
        actorType: input.actor.type,
        actorId: input.actor.id,
      },
      debit: plannedMovement(input.customerId, 'REDEEM', input.channel, plan, {
        points: -read.pointsCost,
        sourceType: 'DISCOUNT_CODE',
        sourceId: issued.id,
        qualifying: false,
      }),
    },
  };
};
