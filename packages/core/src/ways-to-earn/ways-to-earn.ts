import type { Channel } from '@fidele/db';
import type { BonusKind, EarnRuleData } from '../earning/index.ts';
import { mostGenerousFirst, paysReferrals } from '../referrals/referral-rule.ts';

/**
 * The programme's earn rules as a member reads them: what earns points and how many. Built from
 * the very rules the engine applies, so the page never promises what a purchase would not give.
 */

/** Points per whole currency unit on purchases (×100), on some channels or in some shops. */
export type PurchaseRate = {
  ruleId: string;
  name: string;
  /** Empty: every channel. */
  channels: Channel[];
  /** The shops' names when the rate is theirs only; empty: every shop of its channels. */
  shops: string[];
  rate: number;
};

export type PromotionWay = {
  ruleId: string;
  name: string;
  /** ×100 (200 = double points). */
  multiplier: number;
  channels: Channel[];
  shops: string[];
  /** ISO weekdays (1 = Monday); empty: every day. */
  weekdays: number[];
  endsAt: Date | null;
};

export type ProductBonusWay = {
  ruleId: string;
  name: string;
  /** ×100, 100 when the bonus is fixed points only. */
  multiplier: number;
  /** Fixed points per unit bought. */
  points: number;
  sku: string | null;
  category: string | null;
};

export type BonusWay = { ruleId: string; kind: BonusKind; name: string; points: number };

export type ReferralWay = {
  ruleId: string;
  name: string;
  referrerPoints: number;
  friendPoints: number;
  /** The friend's least first purchase, minor units. */
  minAmount: number;
};

export type WaysToEarnRules = {
  purchases: PurchaseRate[];
  promotions: PromotionWay[];
  productBonuses: ProductBonusWay[];
  bonuses: BonusWay[];
  referral: ReferralWay | null;
  /** The most points one purchase, and purchases in one day, can earn; null: no limit. */
  caps: { perPurchase: number | null; perDay: number | null };
};

/** The order a member reads the one-off bonuses in: from joining to the yearly one. */
const BONUS_ORDER: readonly BonusKind[] = [
  'SIGNUP_BONUS',
  'PROFILE_BONUS',
  'NEW_CHANNEL_BONUS',
  'BIRTHDAY_BONUS',
];

/** Switched on: not archived (the caller reads only those) and within its dates at `now`. */
const inForce = (rule: EarnRuleData, now: Date) =>
  (!rule.startsAt || rule.startsAt <= now) && (!rule.endsAt || now < rule.endsAt);

const lowestCap = (rules: EarnRuleData[]) =>
  rules.reduce<number | null>(
    (low, rule) =>
      rule.points !== null && (low === null || rule.points < low) ? rule.points : low,
    null,
  );

/**
 * The ways to earn under `rules` at `now`. Rules that give nothing (a rate of 0, a bonus of 0
 * points) are left out, as the engine gives nothing for them; weekday promotions are listed
 * with their days. Referrals show the rule a friend's purchase would pay first (the most
 * generous), as `referralRewardFor` picks it; caps are the lowest, as the engine applies them.
 */
export const waysToEarnOf = (
  rules: readonly EarnRuleData[],
  now: Date,
  shopNames: ReadonlyMap<string, string>,
): WaysToEarnRules => {
  const live = rules.filter((rule) => inForce(rule, now));
  const of = (kind: EarnRuleData['kind']) => live.filter((rule) => rule.kind === kind);
  const shopsOf = (rule: EarnRuleData) =>
    rule.shopIds.flatMap((id) => {
      const name = shopNames.get(id);
      return name ? [name] : [];
    });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

  const referral = live.filter(paysReferrals).sort(mostGenerousFirst)[0];
  return {
    purchases: of('BASE_RATE')
      .filter((rule) => (rule.rate ?? 0) > 0)
      .map((rule) => ({
        ruleId: rule.id,
        name: rule.name,
        channels: rule.channels,
        shops: shopsOf(rule),
        rate: rule.rate!,
      }))
      // Rates of every shop first, then a shop's own; the most generous first within each.
      .sort((a, b) => Number(a.shops.length > 0) - Number(b.shops.length > 0) || b.rate - a.rate),
    promotions: of('PROMOTION')
      .filter((rule) => (rule.multiplier ?? 100) > 100)
      .map((rule) => ({
        ruleId: rule.id,
        name: rule.name,
        multiplier: rule.multiplier!,
        channels: rule.channels,
        shops: shopsOf(rule),
        weekdays: [...rule.weekdays].sort((a, b) => a - b),
        endsAt: rule.endsAt,
      }))
      .sort((a, b) => b.multiplier - a.multiplier || byName(a, b)),
    productBonuses: of('PRODUCT_BONUS')
      .filter((rule) => (rule.multiplier ?? 100) > 100 || (rule.points ?? 0) > 0)
      .map((rule) => ({
        ruleId: rule.id,
        name: rule.name,
        multiplier: rule.multiplier ?? 100,
        points: rule.points ?? 0,
        sku: rule.sku,
        category: rule.category,
      }))
      .sort(byName),
    bonuses: BONUS_ORDER.flatMap((kind) =>
      of(kind)
        .filter((rule) => (rule.points ?? 0) > 0)
        .map((rule) => ({ ruleId: rule.id, kind, name: rule.name, points: rule.points! }))
        .sort((a, b) => b.points - a.points || byName(a, b)),
    ),
    referral: referral
      ? {
          ruleId: referral.id,
          name: referral.name,
          referrerPoints: referral.points ?? 0,
          friendPoints: referral.friendPoints ?? 0,
          minAmount: referral.minAmount ?? 0,
        }
      : null,
    caps: { perPurchase: lowestCap(of('PURCHASE_CAP')), perDay: lowestCap(of('DAILY_CAP')) },
  };
};
