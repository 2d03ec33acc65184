import { formatPoints } from './number-format.ts';

/** A step of a purchase's points as core stores them (`Purchase.earnDetail`). */
export type EarnLineView = { step: string; label: string; points: number };

export type EarnStepKey =
  | 'BASE_RATE'
  | 'PRODUCT_BONUS'
  | 'PROMOTION'
  | 'TIER'
  | 'PURCHASE_CAP'
  | 'DAILY_CAP'
  | 'NEW_CHANNEL_BONUS'
  | 'OTHER';

/**
 * The app's messages for a step, each given {rule}, the rule's name: `BASE_RATE`,
 * `PRODUCT_BONUS`, `PROMOTION`, `TIER` (the tier's multiplier, no rule), `PURCHASE_CAP`,
 * `DAILY_CAP`, `NEW_CHANNEL_BONUS`, `OTHER`.
 */
export type EarnMessages = (key: EarnStepKey, values: { rule: string }) => string;

const KNOWN_STEPS = new Set<string>([
  'BASE_RATE',
  'PRODUCT_BONUS',
  'PROMOTION',
  'TIER',
  'PURCHASE_CAP',
  'DAILY_CAP',
  'NEW_CHANNEL_BONUS',
]);

/**
 * How a purchase's points were computed, one line per rule, in the app's words: the base earns
 * points ("120"), each later step adds or takes some ("+60", "−10").
 */
export const describeEarnDetail = (
  lines: readonly EarnLineView[],
  locale: string,
  messages: EarnMessages,
): { what: string; points: string }[] =>
  lines.map((line) => ({
    what: messages((KNOWN_STEPS.has(line.step) ? line.step : 'OTHER') as EarnStepKey, {
      rule: line.label,
    }),
    points: formatPoints(line.points, locale, { signed: line.step !== 'BASE_RATE' }),
  }));
