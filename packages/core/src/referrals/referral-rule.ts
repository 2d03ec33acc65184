import type { Channel } from '@fidele/db';
import { type EarnRuleData, PROGRAMME_TIME_ZONE, ruleApplies } from '../earning/index.ts';

/** What a referral pays when the friend's purchase qualifies, and what it must keep after refunds. */
export type ReferralReward = {
  ruleId: string;
  referrerPoints: number;
  friendPoints: number;
  /** Minor units; at least 1, so a fully refunded purchase never keeps a referral. */
  minAmount: number;
};

export type QualifyingSale = {
  channel: Channel;
  shopId?: string;
  amount: number;
  currency: string;
  occurredAt: Date;
};

/** A REFERRAL_BONUS rule that pays someone. */
export const paysReferrals = (rule: EarnRuleData) =>
  rule.kind === 'REFERRAL_BONUS' && (rule.points ?? 0) + (rule.friendPoints ?? 0) > 0;

/** Sorts the rule paying both sides the most first. */
export const mostGenerousFirst = (a: EarnRuleData, b: EarnRuleData) =>
  (b.points ?? 0) + (b.friendPoints ?? 0) - ((a.points ?? 0) + (a.friendPoints ?? 0));

/**
 * The reward a friend's purchase earns for her referral: the live REFERRAL_BONUS rule (channels,
 * shops and dates as for any rule) whose minimum the purchase reaches, the most generous if
 * several do. None: the purchase does not qualify, and a later one may.
 */
export const referralRewardFor = (
  rules: readonly EarnRuleData[],
  sale: QualifyingSale,
): ReferralReward | undefined => {
  const rule = rules
    .filter(
      (candidate) =>
        paysReferrals(candidate) &&
        sale.amount >= (candidate.minAmount ?? 0) &&
        ruleApplies(candidate, sale, PROGRAMME_TIME_ZONE),
    )
    .sort(mostGenerousFirst)[0];
  if (!rule) return undefined;
  return {
    ruleId: rule.id,
    referrerPoints: rule.points ?? 0,
    friendPoints: rule.friendPoints ?? 0,
    minAmount: Math.max(1, rule.minAmount ?? 0),
  };
};
