import { z } from 'zod';
import { channel, uuid } from './common.ts';

const count = z.number().int('Must be a whole number').min(0, 'Must not be negative');
const days = z.number().int('Must be a whole number of days').min(1).max(3_650);

/** A comparison of a customer's figure with a bound, or two. */
const comparison = z.discriminatedUnion('op', [
  z.object({ op: z.literal('gte'), value: count }),
  z.object({ op: z.literal('lte'), value: count }),
  z.object({ op: z.literal('between'), min: count, max: count }).refine((c) => c.min <= c.max, {
    message: 'The lower bound must not be above the upper one',
    path: ['max'],
  }),
]);

/** One condition on customers; see `segmentRule`. */
export const segmentCondition = z.discriminatedUnion('field', [
  z.object({ field: z.literal('tier'), tierIds: z.array(uuid).min(1, 'Choose a tier') }),
  z.object({ field: z.literal('pointsBalance'), compare: comparison }),
  /** Points earned by qualifying movements (purchases, games, contests…) over the last `days`, less
   * what refunds took back or wrote off. */
  z.object({ field: z.literal('pointsEarned'), days, compare: comparison }),
  /** Purchases less their refunds over the last `days`, in minor units. */
  z.object({ field: z.literal('amountSpent'), days, compare: comparison }),
  z
    .object({
      field: z.literal('lastPurchase'),
      /** within: bought in the last `days`; notWithin: not (including never); never: no purchase. */
      when: z.enum(['within', 'notWithin', 'never']),
      days: days.optional(),
    })
    .refine((c) => c.when === 'never' || c.days !== undefined, {
      message: 'Give a number of days',
      path: ['days'],
    }),
  z.object({
    field: z.literal('channelsUsed'),
    /** any: bought in at least one of them; all: in each of them; none: in none of them. */
    match: z.enum(['any', 'all', 'none']),
    channels: z.array(channel).min(1, 'Choose a channel'),
  }),
  z.object({ field: z.literal('homeShop'), shopIds: z.array(uuid).min(1, 'Choose a shop') }),
  z.object({ field: z.literal('consent'), channel: z.enum(['email', 'sms']), given: z.boolean() }),
  z
    .object({
      field: z.literal('signupDate'),
      after: z.coerce.date().optional(),
      before: z.coerce.date().optional(),
    })
    .refine((c) => c.after || c.before, { message: 'Give a date', path: ['after'] }),
]);

export type SegmentCondition = z.infer<typeof segmentCondition>;
export type SegmentRule = { combinator: 'and' | 'or'; rules: (SegmentCondition | SegmentRule)[] };

const MAX_DEPTH = 3;
const MAX_CONDITIONS = 30;

const group = (depth: number): z.ZodType<SegmentRule> =>
  z.object({
    combinator: z.enum(['and', 'or']),
    rules: z
      .array(
        depth < MAX_DEPTH
          ? z.union([segmentCondition, z.lazy(() => group(depth + 1))])
          : segmentCondition,
      )
      .min(1, 'Add at least one condition'),
  });

const conditionCount = (rule: SegmentRule): number =>
  rule.rules.reduce((sum, r) => sum + ('combinator' in r ? conditionCount(r) : 1), 0);

/**
 * A segment's rules: conditions combined with AND/OR, in groups at most three deep and thirty
 * conditions in all (enough for any marketer, small enough to stay one quick SQL query).
 */
export const segmentRule = group(1).refine((rule) => conditionCount(rule) <= MAX_CONDITIONS, {
  message: `At most ${MAX_CONDITIONS} conditions`,
});

export const segmentInput = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(120),
  description: z.string().trim().max(500).default(''),
  rule: segmentRule,
});

export const segmentUpdateInput = segmentInput.extend({ segmentId: uuid });
export const segmentIdInput = z.object({ segmentId: uuid });
export const segmentPreviewInput = z.object({ rule: segmentRule });
