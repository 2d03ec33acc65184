import type { Channel, EarnRuleKind } from '@fidele/db';
import { minorUnitDigits } from '../money/index.ts';

/**
 * The earning engine: what a basket earns under the programme's rules. Pure and integer-only.
 *
 * Order and rounding (each step rounds DOWN to a whole point, so a customer never gets a point
 * the rules did not fully earn):
 * 1. base: amount × rate of the most specific BASE_RATE rule (a shop's own rate beats the
 *    channel's; among equals the highest rate);
 * 2. product bonuses: for each line matching a PRODUCT_BONUS rule (by SKU or category), the
 *    line's base points × (multiplier − 1), plus fixed points per unit;
 * 3. promotion: the single best live PROMOTION multiplies (base + bonuses); promotions do not stack;
 * 4. tier: the customer's tier multiplier applies to the result of 3;
 * 5. caps: the lowest PURCHASE_CAP, then what is left of the lowest DAILY_CAP today.
 * Rates and multipliers are ×100 (rate 150 = 1.5 points per unit, multiplier 200 = double).
 */

export type EarnRuleData = {
  id: string;
  kind: EarnRuleKind;
  name: string;
  channels: Channel[];
  shopIds: string[];
  rate: number | null;
  multiplier: number | null;
  points: number | null;
  /** REFERRAL_BONUS: the friend's points (`points` are the referrer's). */
  friendPoints: number | null;
  /** REFERRAL_BONUS: the least first purchase that qualifies, minor units. */
  minAmount: number | null;
  category: string | null;
  sku: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  weekdays: number[];
};

export type BasketLine = { sku: string; category?: string; quantity: number; unitAmount: number };

export type Basket = {
  channel: Channel;
  shopId?: string;
  amount: number;
  currency: string;
  occurredAt: Date;
  lines?: BasketLine[];
};

export type EarnContext = {
  /** The customer's tier multiplier ×100 (100 when no customer is known). */
  tierMultiplier: number;
  /** Points purchases already earned the customer on the basket's day. */
  earnedToday: number;
  timeZone: string;
};

export type EarnStep =
  'BASE_RATE' | 'PRODUCT_BONUS' | 'PROMOTION' | 'TIER' | 'PURCHASE_CAP' | 'DAILY_CAP';

export type EarnLine = { step: EarnStep; ruleId?: string; label: string; points: number };

export type EarnResult = { points: number; lines: EarnLine[] };

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** ISO weekday (1 = Monday … 7 = Sunday) of `date` in `timeZone`. */
export const isoWeekday = (date: Date, timeZone: string): number =>
  WEEKDAYS.indexOf(new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(date)) +
  1;

/** Whether a rule is live for this basket: its channels, shops, dates and weekdays. */
export const ruleApplies = (rule: EarnRuleData, basket: Basket, timeZone: string): boolean =>
  (rule.channels.length === 0 || rule.channels.includes(basket.channel)) &&
  (rule.shopIds.length === 0 ||
    (basket.shopId !== undefined && rule.shopIds.includes(basket.shopId))) &&
  (!rule.startsAt || basket.occurredAt >= rule.startsAt) &&
  (!rule.endsAt || basket.occurredAt < rule.endsAt) &&
  (rule.weekdays.length === 0 || rule.weekdays.includes(isoWeekday(basket.occurredAt, timeZone)));

const extraOf = (points: number, multiplier: number) =>
  Math.floor((points * (multiplier - 100)) / 100);

const lowest = (rules: EarnRuleData[]) =>
  rules.reduce<EarnRuleData | undefined>(
    (best, rule) => (!best || (rule.points ?? 0) < (best.points ?? 0) ? rule : best),
    undefined,
  );

export const computeEarn = (
  basket: Basket,
  rules: readonly EarnRuleData[],
  context: EarnContext,
): EarnResult => {
  const live = rules.filter((rule) => ruleApplies(rule, basket, context.timeZone));
  const of = (kind: EarnRuleKind) => live.filter((rule) => rule.kind === kind);
  const lines: EarnLine[] = [];
  const unit = 10 ** minorUnitDigits(basket.currency);

  const base = of('BASE_RATE').sort(
    (a, b) =>
      Number(b.shopIds.length > 0) - Number(a.shopIds.length > 0) || (b.rate ?? 0) - (a.rate ?? 0),
  )[0];
  const rate = base?.rate ?? 0;
  const pointsFor = (amount: number) => Math.floor((amount * rate) / (100 * unit));
  if (base)
    lines.push({
      step: 'BASE_RATE',
      ruleId: base.id,
      label: base.name,
      points: pointsFor(basket.amount),
    });

  for (const rule of of('PRODUCT_BONUS')) {
    const matching = (basket.lines ?? []).filter(
      (line) =>
        (rule.sku !== null && line.sku === rule.sku) ||
        (rule.category !== null && line.category === rule.category),
    );
    const points = matching.reduce(
      (sum, line) =>
        sum +
        extraOf(pointsFor(line.quantity * line.unitAmount), rule.multiplier ?? 100) +
        (rule.points ?? 0) * line.quantity,
      0,
    );
    if (points > 0)
      lines.push({ step: 'PRODUCT_BONUS', ruleId: rule.id, label: rule.name, points });
  }

  const subtotal = lines.reduce((sum, line) => sum + line.points, 0);
  const promotion = of('PROMOTION').sort(
    (a, b) => (b.multiplier ?? 100) - (a.multiplier ?? 100),
  )[0];
  const promoted = promotion ? extraOf(subtotal, promotion.multiplier ?? 100) : 0;
  if (promotion && promoted > 0)
    lines.push({
      step: 'PROMOTION',
      ruleId: promotion.id,
      label: promotion.name,
      points: promoted,
    });

  const tiered = extraOf(subtotal + promoted, context.tierMultiplier);
  if (tiered !== 0) lines.push({ step: 'TIER', label: 'Tier multiplier', points: tiered });

  let total = Math.max(0, subtotal + promoted + tiered);
  const purchaseCap = lowest(of('PURCHASE_CAP'));
  if (purchaseCap && total > (purchaseCap.points ?? 0)) {
    lines.push({
      step: 'PURCHASE_CAP',
      ruleId: purchaseCap.id,
      label: purchaseCap.name,
      points: (purchaseCap.points ?? 0) - total,
    });
    total = purchaseCap.points ?? 0;
  }
  const dailyCap = lowest(of('DAILY_CAP'));
  const leftToday = dailyCap ? Math.max(0, (dailyCap.points ?? 0) - context.earnedToday) : Infinity;
  if (dailyCap && total > leftToday) {
    lines.push({
      step: 'DAILY_CAP',
      ruleId: dailyCap.id,
      label: dailyCap.name,
      points: leftToday - total,
    });
    total = leftToday;
  }
  return { points: total, lines };
};

/** The live promotions for a basket, to show at the till before payment. */
export const livePromotions = (basket: Basket, rules: EarnRuleData[], timeZone: string) =>
  rules
    .filter((rule) => rule.kind === 'PROMOTION' && ruleApplies(rule, basket, timeZone))
    .map((rule) => ({ id: rule.id, name: rule.name, multiplier: rule.multiplier ?? 100 }));
