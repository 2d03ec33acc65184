import { z } from 'zod';
import { amount, currency, uuid } from './common.ts';

/** Earn rules as marketing edits them in the admin (README, "Earning"). */

export const EARN_RULE_KINDS = [
  'BASE_RATE',
  'PROMOTION',
  'PRODUCT_BONUS',
  'PURCHASE_CAP',
  'DAILY_CAP',
  'SIGNUP_BONUS',
  'PROFILE_BONUS',
  'BIRTHDAY_BONUS',
  'NEW_CHANNEL_BONUS',
  'REFERRAL_BONUS',
] as const;
export const earnRuleKind = z.enum(EARN_RULE_KINDS);
export type EarnRuleKindName = (typeof EARN_RULE_KINDS)[number];

/** Fixed points given once for an event (joining, a complete profile…), not for a basket. */
export const BONUS_RULE_KINDS = [
  'SIGNUP_BONUS',
  'PROFILE_BONUS',
  'BIRTHDAY_BONUS',
  'NEW_CHANNEL_BONUS',
  'REFERRAL_BONUS',
] as const satisfies readonly EarnRuleKindName[];

export const isBonusRuleKind = (kind: EarnRuleKindName) =>
  (BONUS_RULE_KINDS as readonly string[]).includes(kind);

/** Purchases come from shops or the e-shop. */
export const purchaseChannel = z.enum(['STORE', 'ESHOP']);

export const ruleChannel = z.enum(['STORE', 'ESHOP', 'APP']);
export type RuleChannel = z.infer<typeof ruleChannel>;

/**
 * The channels a rule of each kind can be limited to: where its event can happen. A member joins
 * at a till or on the portal; profiles are completed and birthdays celebrated on the portal only.
 */
export const EARN_RULE_CHANNELS: Record<EarnRuleKindName, readonly RuleChannel[]> = {
  BASE_RATE: ['STORE', 'ESHOP'],
  PROMOTION: ['STORE', 'ESHOP'],
  PRODUCT_BONUS: ['STORE', 'ESHOP'],
  PURCHASE_CAP: ['STORE', 'ESHOP'],
  DAILY_CAP: ['STORE', 'ESHOP'],
  SIGNUP_BONUS: ['STORE', 'APP'],
  PROFILE_BONUS: [],
  BIRTHDAY_BONUS: [],
  NEW_CHANNEL_BONUS: ['STORE', 'ESHOP'],
  /** Where the friend's first purchase counts. */
  REFERRAL_BONUS: ['STORE', 'ESHOP'],
};

const ruleCode = z.string().trim().max(64);
const optionalCode = ruleCode
  .transform((value) => value || null)
  .nullable()
  .default(null);

export const earnRuleInput = z
  .object({
    kind: earnRuleKind,
    name: z.string().trim().min(1, 'Give the rule a name').max(120),
    channels: z.array(ruleChannel).max(3).default([]),
    shopIds: z.array(uuid).max(200).default([]),
    /** Points per whole currency unit ×100 (150 = 1.5 points per euro). */
    rate: z.number().int().max(100_000).nullable().default(null),
    /** ×100 (200 = double points). */
    multiplier: z.number().int().max(10_000).nullable().default(null),
    points: z.number().int().max(10_000_000).nullable().default(null),
    /** REFERRAL_BONUS: the friend's points (`points` are the referrer's). */
    friendPoints: z.number().int().max(10_000_000).nullable().default(null),
    /** REFERRAL_BONUS: the least first purchase that qualifies. */
    minAmount: amount.nullable().default(null),
    category: optionalCode,
    sku: optionalCode,
    startsAt: z.coerce.date().nullable().default(null),
    endsAt: z.coerce.date().nullable().default(null),
    weekdays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  })
  .superRefine((rule, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    switch (rule.kind) {
      case 'BASE_RATE':
        if (rule.rate === null || rule.rate < 0)
          issue('rate', 'A base rate needs a rate of 0 or more');
        break;
      case 'PROMOTION':
        if (rule.multiplier === null || rule.multiplier <= 100)
          issue('multiplier', 'A promotion multiplies points by more than 1');
        break;
      case 'PRODUCT_BONUS':
        if (!rule.sku && !rule.category) issue('sku', 'Give a SKU or a category');
        if ((rule.multiplier ?? 0) <= 100 && (rule.points ?? 0) <= 0)
          issue('multiplier', 'Give a multiplier above 1 or bonus points');
        if (rule.multiplier !== null && rule.multiplier < 100)
          issue('multiplier', 'A bonus multiplier is 1 or more');
        if (rule.points !== null && rule.points < 0)
          issue('points', 'Bonus points cannot be negative');
        break;
      case 'PURCHASE_CAP':
      case 'DAILY_CAP':
        if (rule.points === null || rule.points <= 0) issue('points', 'A cap needs points above 0');
        break;
      case 'SIGNUP_BONUS':
      case 'PROFILE_BONUS':
      case 'BIRTHDAY_BONUS':
      case 'NEW_CHANNEL_BONUS':
        if (rule.points === null || rule.points <= 0)
          issue('points', 'A bonus gives points above 0');
        break;
      case 'REFERRAL_BONUS':
        if (rule.points === null || rule.points < 0)
          issue('points', 'Give the referrer 0 points or more');
        if (rule.friendPoints === null || rule.friendPoints < 0)
          issue('friendPoints', 'Give the friend 0 points or more');
        if ((rule.points ?? 0) + (rule.friendPoints ?? 0) <= 0)
          issue('points', 'A referral gives points to one side at least');
        break;
    }
    if (rule.channels.some((channel) => !EARN_RULE_CHANNELS[rule.kind].includes(channel)))
      issue('channels', 'This kind of rule cannot be limited to these channels');
    if (rule.startsAt && rule.endsAt && rule.endsAt <= rule.startsAt)
      issue('endsAt', 'The end must come after the start');
    if (new Set(rule.weekdays).size !== rule.weekdays.length)
      issue('weekdays', 'Each weekday only once');
  })
  // Fields a kind does not use are cleared, so a rule never carries a stray value.
  .transform((rule) => ({
    ...rule,
    rate: rule.kind === 'BASE_RATE' ? rule.rate : null,
    multiplier: rule.kind === 'PROMOTION' || rule.kind === 'PRODUCT_BONUS' ? rule.multiplier : null,
    points: rule.kind === 'PROMOTION' || rule.kind === 'BASE_RATE' ? null : rule.points,
    friendPoints: rule.kind === 'REFERRAL_BONUS' ? rule.friendPoints : null,
    minAmount: rule.kind === 'REFERRAL_BONUS' ? (rule.minAmount ?? 0) : null,
    category: rule.kind === 'PRODUCT_BONUS' ? rule.category : null,
    sku: rule.kind === 'PRODUCT_BONUS' ? rule.sku : null,
    // A bonus is given on the day of its event, whatever the weekday.
    weekdays: isBonusRuleKind(rule.kind) ? [] : [...rule.weekdays].sort((a, b) => a - b),
  }));

export type EarnRuleInput = z.infer<typeof earnRuleInput>;

export const earnRuleUpdateInput = z.object({ id: uuid, data: earnRuleInput });
export const earnRuleArchiveInput = z.object({ id: uuid, archived: z.boolean() });
export const earnRuleListInput = z.object({ includeArchived: z.boolean().default(true) });

export const basketLineInput = z.object({
  sku: z.string().trim().min(1, 'Each line needs a SKU').max(64),
  category: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || undefined),
  quantity: z.number().int().min(1).max(10_000),
  unitAmount: amount,
});

/** A basket pasted into the simulator: what a till or the e-shop would send. */
export const simulateBasketInput = z.object({
  channel: purchaseChannel,
  shopId: uuid.optional(),
  amount,
  currency: currency.default('EUR'),
  occurredAt: z.coerce.date(),
  lines: z.array(basketLineInput).max(200).default([]),
  customerId: uuid.optional(),
});

export const programmeSettingsInput = z.object({
  pendingDays: z.number().int().min(0, 'Between 0 and 365 days').max(365, 'Between 0 and 365 days'),
  expiryMonths: z
    .number()
    .int()
    .min(1, 'Between 1 and 120 months')
    .max(120, 'Between 1 and 120 months'),
  refundPolicy: z.enum(['CAP_AT_BALANCE', 'DEBT']).default('CAP_AT_BALANCE'),
  receiptClaimDays: z
    .number()
    .int()
    .min(1, 'Between 1 and 365 days')
    .max(365, 'Between 1 and 365 days'),
  // The tier settings are left as they are when not sent.
  tierMetric: z.enum(['POINTS_EARNED', 'AMOUNT_SPENT']).optional(),
  tierWindowMonths: z
    .number()
    .int()
    .min(1, 'Between 1 and 60 months')
    .max(60, 'Between 1 and 60 months')
    .optional(),
  tierGraceDays: z
    .number()
    .int()
    .min(0, 'Between 0 and 365 days')
    .max(365, 'Between 0 and 365 days')
    .optional(),
  /** Friends a member may bring in 7 days before the next ones are held for review. */
  referralsPerWeek: z
    .number()
    .int()
    .min(1, 'Between 1 and 1,000 friends')
    .max(1000, 'Between 1 and 1,000 friends')
    .optional(),
  /** What 100 points are worth (minor units): the dashboard values the points customers hold. */
  valueOf100Points: z
    .number()
    .int()
    .min(1, 'Between 1 and 100,000 cents')
    .max(100_000, 'Between 1 and 100,000 cents')
    .optional(),
});

export const PURCHASE_SORTS = ['occurredAt', 'amount'] as const;

export const purchaseListInput = z.object({
  channel: purchaseChannel.optional(),
  shopId: uuid.optional(),
  /** Email, name or member code of the customer. */
  customer: z.string().trim().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  refunded: z.boolean().optional(),
  sort: z.enum(PURCHASE_SORTS).default('occurredAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export type PurchaseListInput = z.infer<typeof purchaseListInput>;
