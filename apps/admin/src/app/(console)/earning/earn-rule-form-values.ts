import {
  EARN_RULE_CHANNELS,
  type EarnRuleInput,
  earnRuleInput,
  isBonusRuleKind,
  PROGRAMME_CURRENCY,
  type RuleChannel,
} from '@fidele/validators';
import {
  amountText,
  optional,
  parseAmount,
  programmeDateTime,
  readDateTime,
  whole,
} from '../../../lib/form-reading.ts';

type Kind = EarnRuleInput['kind'];

/** The rule form as typed: "1.5" points per €, "×2", amounts in euros ("30,00"), dates on the
 * programme's clock. */
export type EarnRuleFormValues = {
  kind: Kind;
  name: string;
  channels: RuleChannel[];
  shopIds: string[];
  rate: string;
  multiplier: string;
  points: string;
  /** A referral's points for the friend (`points` are the referrer's). */
  friendPoints: string;
  /** A referral's smallest first purchase, in euros. */
  minAmount: string;
  category: string;
  sku: string;
  startsAt: string;
  endsAt: string;
  weekdays: number[];
};

export type EarnRuleFormField = keyof EarnRuleFormValues;

export const emptyEarnRuleForm: EarnRuleFormValues = {
  kind: 'PROMOTION',
  name: '',
  channels: [],
  shopIds: [],
  rate: '',
  multiplier: '',
  points: '',
  friendPoints: '',
  minAmount: '',
  category: '',
  sku: '',
  startsAt: '',
  endsAt: '',
  weekdays: [],
};

/** Which fields each kind shows; the others are sent empty. */
export const KIND_FIELDS: Record<Kind, EarnRuleFormField[]> = {
  BASE_RATE: ['rate'],
  PROMOTION: ['multiplier'],
  PRODUCT_BONUS: ['sku', 'category', 'multiplier', 'points'],
  PURCHASE_CAP: ['points'],
  DAILY_CAP: ['points'],
  SIGNUP_BONUS: ['points'],
  PROFILE_BONUS: ['points'],
  BIRTHDAY_BONUS: ['points'],
  NEW_CHANNEL_BONUS: ['points'],
  REFERRAL_BONUS: ['points', 'friendPoints', 'minAmount'],
};

/** The channels the form offers for a kind (none: the channel choice is hidden). */
export const kindChannels = (kind: Kind): readonly RuleChannel[] => EARN_RULE_CHANNELS[kind];

/** Bonuses are given on the day of their event: the form offers no weekdays for them. */
export const kindHasWeekdays = (kind: Kind): boolean => !isBonusRuleKind(kind);

/** "1.5" or "1,5" → 150 (the ×100 integer the rules store); NaN when not such a number. */
export const hundredths = (text: string): number => {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
};

const hundredthsText = (value: number | null) => (value === null ? '' : String(value / 100));

export const earnRuleFormFrom = (rule: {
  kind: Kind;
  name: string;
  channels: string[];
  shopIds: string[];
  rate: number | null;
  multiplier: number | null;
  points: number | null;
  friendPoints: number | null;
  minAmount: number | null;
  category: string | null;
  sku: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  weekdays: number[];
}): EarnRuleFormValues => ({
  kind: rule.kind,
  name: rule.name,
  channels: rule.channels.filter((c): c is RuleChannel =>
    kindChannels(rule.kind).includes(c as RuleChannel),
  ),
  shopIds: rule.shopIds,
  rate: hundredthsText(rule.rate),
  multiplier: hundredthsText(rule.multiplier),
  points: rule.points === null ? '' : String(rule.points),
  friendPoints: rule.friendPoints === null ? '' : String(rule.friendPoints),
  minAmount: amountText(rule.minAmount, PROGRAMME_CURRENCY),
  category: rule.category ?? '',
  sku: rule.sku ?? '',
  startsAt: programmeDateTime(rule.startsAt),
  endsAt: programmeDateTime(rule.endsAt),
  weekdays: rule.weekdays,
});

/** Reads the form with the procedure's own schema, so the browser refuses what the server would. */
export const readEarnRuleForm = (
  values: EarnRuleFormValues,
): { input: EarnRuleInput } | { errors: EarnRuleFormField[] } => {
  const shown = KIND_FIELDS[values.kind];
  const field = (name: EarnRuleFormField, read: () => unknown) =>
    shown.includes(name) ? read() : null;
  const parsed = earnRuleInput.safeParse({
    kind: values.kind,
    name: values.name,
    channels: values.channels.filter((channel) => kindChannels(values.kind).includes(channel)),
    shopIds: values.shopIds,
    rate: field('rate', () => optional(values.rate, hundredths)),
    multiplier: field('multiplier', () => optional(values.multiplier, hundredths)),
    points: field('points', () => optional(values.points, whole)),
    friendPoints: field('friendPoints', () => optional(values.friendPoints, whole)),
    minAmount: field('minAmount', () =>
      optional(values.minAmount, (text) => parseAmount(text, PROGRAMME_CURRENCY)),
    ),
    category: field('category', () => values.category),
    sku: field('sku', () => values.sku),
    startsAt: optional(values.startsAt, readDateTime),
    endsAt: optional(values.endsAt, readDateTime),
    weekdays: kindHasWeekdays(values.kind) ? values.weekdays : [],
  });
  if (parsed.success) return { input: parsed.data };
  const fields = parsed.error.issues.map((issue) => String(issue.path[0]) as EarnRuleFormField);
  return { errors: [...new Set(fields)] };
};

/**
 * The form fields among the paths a refused save names (`rate`, or `data.rate` for an update),
 * from the server's field errors: shown next to their fields like the browser's own checks.
 */
export const serverRefusedFields = (paths: readonly string[]): EarnRuleFormField[] => [
  ...new Set(
    paths
      .map((path) => path.replace(/^data\./, '').split('.')[0]!)
      .filter((name): name is EarnRuleFormField => Object.hasOwn(emptyEarnRuleForm, name)),
  ),
];
