import { randomUUID } from 'node:crypto';
import {
  BONUS_SOURCE_TYPE,
  bonusRuleFor,
  bonusSourceId,
  computeEarn,
  type ProgrammeConfig,
  PROGRAMME_TIME_ZONE,
} from '../earning/index.ts';
import {
  balancesAfter,
  type CustomerBalances,
  type PlannedMovement,
  planMovement,
  plannedMovement,
} from '../ledger/index.ts';
import { referralRewardFor } from '../referrals/referral-rule.ts';
import { tierForFigure } from '../tiers/index.ts';
import { generateClaimCode } from './claim-code.ts';
import type { CustomerContext, LadderStep } from './purchase-context.ts';
import type { NewPurchase, RecordedPurchase } from './record-purchase.ts';

const DAY_MS = 86_400_000;

/** The tier figure once this purchase's points (or amount) count, as the tier review counts it. */
const figureAfter = (
  context: CustomerContext,
  config: ProgrammeConfig,
  sale: NewPurchase,
  points: number,
  now: Date,
) => {
  const { tierMetric, tierWindowMonths } = config.settings;
  if (tierMetric === 'POINTS_EARNED') return context.figure + points;
  const since = new Date(now);
  since.setMonth(since.getMonth() - tierWindowMonths);
  return sale.occurredAt > since && sale.occurredAt <= now
    ? context.figure + sale.amount
    : context.figure;
};

/** `record_purchase`'s argument, the key aside. */
export type PurchaseDecision = { call: Record<string, unknown> };

/**
 * Decides a purchase from its context: the earning engine's points, the movements that credit
 * them and the new-channel bonus (planned on the balances read), the tier they reach, whether it
 * qualifies the customer's referral, and the answer the till gets. Pure: `record_purchase` writes
 * it if the context still holds.
 */
export const decidePurchase = (input: {
  sale: NewPurchase;
  context?: CustomerContext;
  config: ProgrammeConfig;
  expectedStamp: string;
  status: number;
  now: Date;
}): PurchaseDecision => {
  const { sale, context, config, now } = input;
  const customer = context?.summary;
  const purchaseId = randomUUID();
  const base = {
    id: purchaseId,
    shopId: sale.shopId,
    apiKeyId: sale.apiKeyId,
    externalId: sale.externalId,
    channel: sale.channel,
    amount: sale.amount,
    currency: sale.currency,
    occurredAt: sale.occurredAt,
    lines: sale.lines,
    redemptionIds: sale.redemptionIds,
  };
  if (!customer || !context) {
    // 44 random bits: a clash with another receipt's code is too unlikely to retry for.
    const claimCode = generateClaimCode();
    const answer = {
      purchase: {
        id: purchaseId,
        externalId: sale.externalId,
        pointsEarned: 0,
        bonusPoints: 0,
        claimCode,
      },
    };
    return {
      call: {
        purchase: { ...base, pointsEarned: 0, claimCode },
        answerStatus: input.status,
        answer,
      },
    };
  }
  const earned = computeEarn(sale, config.rules, {
    tierMultiplier: context.multiplier,
    earnedToday: context.earnedToday,
    timeZone: PROGRAMME_TIME_ZONE,
  });
  const points = earned.points;
  const { pendingDays } = config.settings;
  const pendingUntil = pendingDays > 0 ? new Date(now.getTime() + pendingDays * DAY_MS) : undefined;
  let balances: CustomerBalances = context;
  let earn: PlannedMovement | undefined;
  if (points > 0) {
    const plan = planMovement({ points, pendingUntil }, balances);
    balances = balancesAfter(balances, plan);
    earn = plannedMovement(customer.id, 'EARN', sale.channel, plan, {
      points,
      pendingUntil,
      sourceType: 'PURCHASE',
      sourceId: purchaseId,
      qualifying: true,
    });
  }
  const bonusEvent = {
    customerId: customer.id,
    kind: 'NEW_CHANNEL_BONUS' as const,
    channel: sale.channel,
    at: sale.occurredAt,
    shopId: sale.shopId,
  };
  const bonusRule =
    context.firstOnChannel && !context.bonusGiven
      ? bonusRuleFor([...config.rules], bonusEvent)
      : undefined;
  let bonus: PlannedMovement | undefined;
  if (bonusRule) {
    const plan = planMovement({ points: bonusRule.points! }, balances);
    balances = balancesAfter(balances, plan);
    bonus = plannedMovement(customer.id, 'EARN', sale.channel, plan, {
      points: bonusRule.points!,
      sourceType: BONUS_SOURCE_TYPE,
      sourceId: bonusSourceId(bonusEvent),
      reason: bonusRule.name,
      qualifying: false,
    });
  }
  // The friend's first qualifying purchase: `record_purchase` marks it on her referral, once.
  const referral = context.referralWaiting ? referralRewardFor(config.rules, sale) : undefined;
  const ladder = context.ladder;
  const current = ladder.find((tier) => tier.id === context.tierId)!;
  // Only a qualifying movement moves the tier, and only up; qualifying again lifts a warning.
  const figure = earn ? figureAfter(context, config, sale, points, now) : undefined;
  const reached: LadderStep | undefined =
    figure === undefined ? undefined : tierForFigure(ladder, figure);
  const upgrade = reached && reached.rank > current.rank ? reached : undefined;
  const liftsWarning =
    !upgrade && figure !== undefined && context.atRisk && figure >= current.threshold;
  const tier = { code: (upgrade ?? current).code, name: (upgrade ?? current).name };
  const answer: RecordedPurchase = {
    purchase: {
      id: purchaseId,
      externalId: sale.externalId,
      pointsEarned: points,
      bonusPoints: bonus?.points ?? 0,
      customer: {
        ...customer,
        pointsBalance: balances.spendable,
        tier,
        ...(upgrade
          ? { tierChange: { from: { code: current.code, name: current.name }, to: tier } }
          : {}),
      },
    },
  };
  return {
    call: {
      purchase: {
        ...base,
        customerId: customer.id,
        pointsEarned: points,
        earnDetail: earned.lines,
      },
      expected: {
        version: context.version,
        tierId: context.tierId,
        multiplier: context.multiplier,
        configStamp: input.expectedStamp,
      },
      earn,
      bonus,
      bonusLine: bonusRule && {
        step: 'NEW_CHANNEL_BONUS',
        ruleId: bonusRule.id,
        label: bonusRule.name,
        points: bonusRule.points,
      },
      upgrade: upgrade && { fromTierId: current.id, toTierId: upgrade.id, figure },
      referral,
      liftsWarning,
      answerStatus: input.status,
      answer,
    },
  };
};
