import { addDays, dayStart, programmeDay, PROGRAMME_TIME_ZONE } from '@fidele/core/calendar';
import {
  type SegmentCondition,
  type SegmentRule,
  segmentInput,
  segmentRule,
} from '@fidele/validators';
import type { StaffInputs, StaffOutputs } from '@/trpc/types.ts';

export type SegmentView = StaffOutputs['segments']['get'];
export type SegmentInput = StaffInputs['segments']['create'];

/** The schema's limits (`segmentRule`): groups at most 3 deep, 30 conditions in all. */
export const MAX_DEPTH = 3;
export const MAX_CONDITIONS = 30;

export type ConditionField = SegmentCondition['field'];
type Channel = Extract<SegmentCondition, { field: 'channelsUsed' }>['channels'][number];
type Op = 'gte' | 'lte' | 'between';

/** The fields a condition may test, in the order of the select. */
export const CONDITION_FIELDS = [
  'tier',
  'pointsBalance',
  'pointsEarned',
  'amountSpent',
  'lastPurchase',
  'channelsUsed',
  'homeShop',
  'consent',
  'signupDate',
] as const satisfies readonly ConditionField[];

/** The channels a customer buys or takes part through (the back office is not one of them). */
export const SEGMENT_CHANNELS = [
  'STORE',
  'ESHOP',
  'APP',
  'SOCIAL',
  'REFERRAL',
  'EMAIL',
  'SMS',
] as const satisfies readonly Channel[];

/**
 * One condition as typed: every field's inputs are kept, so switching the field and back loses
 * nothing; numbers as text (amounts in euros, "49,90"), dates as `YYYY-MM-DD`.
 */
export type ConditionDraft = {
  type: 'condition';
  key: string;
  field: ConditionField;
  tierIds: string[];
  op: Op;
  value: string;
  min: string;
  max: string;
  days: string;
  when: 'within' | 'notWithin' | 'never';
  match: 'any' | 'all' | 'none';
  channels: Channel[];
  shopIds: string[];
  consentChannel: 'email' | 'sms';
  given: boolean;
  after: string;
  before: string;
};

export type GroupDraft = {
  type: 'group';
  key: string;
  combinator: 'and' | 'or';
  rules: NodeDraft[];
};

export type NodeDraft = ConditionDraft | GroupDraft;

/** The inputs of a condition, in the order they show. */
export const CONDITION_SLOTS = [
  'tierIds',
  'value',
  'min',
  'max',
  'days',
  'channels',
  'shopIds',
  'after',
  'before',
] as const;

/** Where an error shows: an input of a condition, or the list of a group (`rules`). */
export type ErrorSlot = (typeof CONDITION_SLOTS)[number] | 'rules';

/** Message keys, under `segments.errors`. */
export type ErrorKey =
  | 'name'
  | 'description'
  | 'emptyGroup'
  | 'days'
  | 'points'
  | 'amount'
  | 'order'
  | 'tiers'
  | 'channels'
  | 'shops'
  | 'dates'
  | 'date';

export type SegmentErrors = {
  name?: ErrorKey;
  description?: ErrorKey;
  /** By node key, then input. */
  nodes: Record<string, Partial<Record<ErrorSlot, ErrorKey>>>;
  /** A refusal no input explains. */
  general?: boolean;
};

export const noErrors: SegmentErrors = { nodes: {} };

let made = 0;
const nextKey = () => `node-${++made}`;

/** A condition with its defaults: "points balance at least 0" (everyone) until changed. */
export const newCondition = (field: ConditionField = 'pointsBalance'): ConditionDraft => ({
  type: 'condition',
  key: nextKey(),
  field,
  tierIds: [],
  op: 'gte',
  value: '0',
  min: '',
  max: '',
  days: '30',
  when: 'within',
  match: 'any',
  channels: [],
  shopIds: [],
  consentChannel: 'email',
  given: true,
  after: '',
  before: '',
});

/** A group with one condition in it, so it is never saved empty by accident. */
export const newGroup = (combinator: 'and' | 'or' = 'and'): GroupDraft => ({
  type: 'group',
  key: nextKey(),
  combinator,
  rules: [newCondition()],
});

/** The rules of a new segment: one condition every member meets, so the count starts at all. */
export const newRoot = (): GroupDraft => newGroup('and');

const isGroup = (rule: SegmentCondition | SegmentRule): rule is SegmentRule => 'combinator' in rule;

/** Minor units → euros as staff type them: 5000 → "50", 4990 → "49.90" ("49,90" in French). */
export const amountText = (minor: number, locale: string): string => {
  const text = minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2);
  return locale === 'fr' ? text.replace('.', ',') : text;
};

/** "50", "49.9", "49,90 €" → minor units; NaN when it is not an amount in euros. */
export const amountValue = (text: string): number => {
  const normalized = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
};

/** A whole number ("30", not "3e1" or "-1"); NaN otherwise. */
export const wholeValue = (text: string): number => {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

/** A date as a `<input type="date">` shows it: the programme day it falls on. */
export const dateText = (date: Date | undefined): string =>
  date ? programmeDay(date, PROGRAMME_TIME_ZONE) : '';

/** `YYYY-MM-DD` → when that day starts in the programme's zone (Invalid Date when not a day). */
export const dateValue = (text: string): Date => {
  const day = text.trim();
  // 2025-02-31 is not a day, though the calendar's arithmetic would make it 3 March.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || addDays(day, 0) !== day) return new Date(Number.NaN);
  return dayStart(day, PROGRAMME_TIME_ZONE);
};

const conditionFrom = (condition: SegmentCondition, locale: string): ConditionDraft => {
  const draft = newCondition(condition.field);
  switch (condition.field) {
    case 'tier':
      return { ...draft, tierIds: condition.tierIds };
    case 'pointsBalance':
    case 'pointsEarned':
    case 'amountSpent': {
      const text = (n: number) =>
        condition.field === 'amountSpent' ? amountText(n, locale) : String(n);
      const compare = condition.compare;
      return {
        ...draft,
        ...('days' in condition ? { days: String(condition.days) } : {}),
        op: compare.op,
        ...(compare.op === 'between'
          ? { value: '', min: text(compare.min), max: text(compare.max) }
          : { value: text(compare.value) }),
      };
    }
    case 'lastPurchase':
      return {
        ...draft,
        when: condition.when,
        days: condition.days === undefined ? draft.days : String(condition.days),
      };
    case 'channelsUsed':
      return { ...draft, match: condition.match, channels: condition.channels };
    case 'homeShop':
      return { ...draft, shopIds: condition.shopIds };
    case 'consent':
      return { ...draft, consentChannel: condition.channel, given: condition.given };
    case 'signupDate':
      return { ...draft, after: dateText(condition.after), before: dateText(condition.before) };
  }
};

/** A saved segment's rules as the builder edits them. */
export const draftFrom = (rule: SegmentRule, locale: string): GroupDraft => ({
  type: 'group',
  key: nextKey(),
  combinator: rule.combinator,
  rules: rule.rules.map((r) => (isGroup(r) ? draftFrom(r, locale) : conditionFrom(r, locale))),
});

const compareCandidate = (c: ConditionDraft, read: (text: string) => number) =>
  c.op === 'between'
    ? { op: c.op, min: read(c.min), max: read(c.max) }
    : { op: c.op, value: read(c.value) };

/** What the schema is given for a condition: only its field's inputs, read as numbers and dates. */
const conditionCandidate = (c: ConditionDraft): unknown => {
  switch (c.field) {
    case 'tier':
      return { field: c.field, tierIds: c.tierIds };
    case 'pointsBalance':
      return { field: c.field, compare: compareCandidate(c, wholeValue) };
    case 'pointsEarned':
      return { field: c.field, days: wholeValue(c.days), compare: compareCandidate(c, wholeValue) };
    case 'amountSpent':
      return {
        field: c.field,
        days: wholeValue(c.days),
        compare: compareCandidate(c, amountValue),
      };
    case 'lastPurchase':
      return {
        field: c.field,
        when: c.when,
        ...(c.when === 'never' ? {} : { days: wholeValue(c.days) }),
      };
    case 'channelsUsed':
      return { field: c.field, match: c.match, channels: c.channels };
    case 'homeShop':
      return { field: c.field, shopIds: c.shopIds };
    case 'consent':
      return { field: c.field, channel: c.consentChannel, given: c.given };
    case 'signupDate':
      return {
        field: c.field,
        ...(c.after.trim() ? { after: dateValue(c.after) } : {}),
        ...(c.before.trim() ? { before: dateValue(c.before) } : {}),
      };
  }
};

export const ruleCandidate = (group: GroupDraft): unknown => ({
  combinator: group.combinator,
  rules: group.rules.map((node) =>
    node.type === 'group' ? ruleCandidate(node) : conditionCandidate(node),
  ),
});

/** The rules as the API takes them, or null while some input does not read yet. */
export const readRule = (root: GroupDraft): SegmentRule | null => {
  const parsed = segmentRule.safeParse(ruleCandidate(root));
  return parsed.success ? parsed.data : null;
};

/** A rule as a stable text (dates as ISO strings): equal rules, equal keys. */
export const ruleKey = (rule: SegmentRule): string => JSON.stringify(rule);

/** The rule back from its key, with its dates. */
export const ruleFromKey = (key: string): SegmentRule =>
  JSON.parse(key, (name, value: unknown) =>
    (name === 'after' || name === 'before') && typeof value === 'string' ? new Date(value) : value,
  ) as SegmentRule;

type Issue = { path: readonly PropertyKey[]; code: string; errors?: readonly (readonly Issue[])[] };

/** The node an issue path inside the rule (`rules.0.rules.2.compare.max`) is about. */
const locate = (
  root: GroupDraft,
  path: readonly PropertyKey[],
): { node: NodeDraft; rest: readonly PropertyKey[] } | null => {
  let node: NodeDraft = root;
  let rest = path;
  while (node.type === 'group' && rest[0] === 'rules' && typeof rest[1] === 'number') {
    const child: NodeDraft | undefined = node.rules[rest[1]];
    if (!child) return null;
    node = child;
    rest = rest.slice(2);
  }
  return { node, rest };
};

const messageFor = (slot: ErrorSlot, issue: Issue, condition?: ConditionDraft): ErrorKey => {
  switch (slot) {
    case 'rules':
      return 'emptyGroup';
    case 'days':
      return 'days';
    case 'value':
    case 'min':
    case 'max':
      if (issue.code === 'custom') return 'order';
      return condition?.field === 'amountSpent' ? 'amount' : 'points';
    case 'tierIds':
      return 'tiers';
    case 'channels':
      return 'channels';
    case 'shopIds':
      return 'shops';
    case 'after':
    case 'before':
      return issue.code === 'custom' ? 'dates' : 'date';
  }
};

/**
 * A rule item is a condition or a group (a union): when it fits neither, zod reports both ways
 * it failed. The builder knows which one the item is, so only that way's issues are kept.
 */
const flatten = (root: GroupDraft, issues: readonly Issue[]): Issue[] =>
  issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors || issue.path[0] !== 'rule') return [issue];
    const at = locate(root, issue.path.slice(1));
    const branch =
      at && at.rest.length === 0 ? issue.errors[at.node.type === 'condition' ? 0 : 1] : undefined;
    if (!branch) return [issue];
    return flatten(
      root,
      branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
    );
  });

/** Zod issues of `segmentInput` shown where they belong: by field, by condition, or in general. */
export const errorsFromIssues = (root: GroupDraft, issues: readonly Issue[]): SegmentErrors => {
  const errors: SegmentErrors = { nodes: {} };
  const put = (key: string, slot: ErrorSlot, message: ErrorKey) => {
    errors.nodes[key] = { [slot]: message, ...errors.nodes[key] };
  };
  for (const issue of flatten(root, issues)) {
    const [head, ...path] = issue.path;
    if (head === 'name') errors.name = 'name';
    else if (head === 'description') errors.description = 'description';
    else if (head !== 'rule') errors.general = true;
    else {
      const at = locate(root, path);
      if (!at) errors.general = true;
      else if (at.node.type === 'group') {
        if (at.rest.length === 1 && at.rest[0] === 'rules')
          put(at.node.key, 'rules', messageFor('rules', issue));
        else errors.general = true;
      } else {
        const slot = String(at.rest[0] === 'compare' ? at.rest[1] : at.rest[0]);
        if ((CONDITION_SLOTS as readonly string[]).includes(slot))
          put(at.node.key, slot as ErrorSlot, messageFor(slot as ErrorSlot, issue, at.node));
        else errors.general = true;
      }
    }
  }
  return errors;
};

export const hasErrors = (errors: SegmentErrors): boolean =>
  Boolean(errors.name || errors.description || errors.general) ||
  Object.keys(errors.nodes).length > 0;

/** Reads the whole form with the procedure's own schema, every problem reported at once. */
export const readSegment = (values: {
  name: string;
  description: string;
  root: GroupDraft;
}): { input: SegmentInput } | { errors: SegmentErrors } => {
  const parsed = segmentInput.safeParse({
    name: values.name,
    description: values.description,
    rule: ruleCandidate(values.root),
  });
  if (parsed.success) return { input: parsed.data };
  return { errors: errorsFromIssues(values.root, parsed.error.issues) };
};

/** How many conditions the rules hold, in every group. */
export const countConditions = (node: NodeDraft): number =>
  node.type === 'condition' ? 1 : node.rules.reduce((sum, n) => sum + countConditions(n), 0);

const mapTree = (group: GroupDraft, change: (node: NodeDraft) => NodeDraft | null): GroupDraft => ({
  ...group,
  rules: group.rules.flatMap((node) => {
    const changed = change(node);
    if (changed === null) return [];
    return changed.type === 'group' && changed === node ? [mapTree(changed, change)] : [changed];
  }),
});

/** The rules with one condition changed. */
export const updateCondition = (
  root: GroupDraft,
  key: string,
  patch: Partial<Omit<ConditionDraft, 'type' | 'key'>>,
): GroupDraft =>
  mapTree(root, (node) =>
    node.type === 'condition' && node.key === key ? { ...node, ...patch } : node,
  );

/** The rules with one group's combinator changed (the root included). */
export const setCombinator = (
  root: GroupDraft,
  key: string,
  combinator: 'and' | 'or',
): GroupDraft =>
  root.key === key
    ? { ...root, combinator }
    : mapTree(root, (node) =>
        node.type === 'group' && node.key === key ? { ...node, combinator } : node,
      );

/** The rules without one condition or group. */
export const removeNode = (root: GroupDraft, key: string): GroupDraft =>
  mapTree(root, (node) => (node.key === key ? null : node));

/** The rules with a node added at the end of a group (the root included). */
export const appendTo = (root: GroupDraft, groupKey: string, added: NodeDraft): GroupDraft =>
  root.key === groupKey
    ? { ...root, rules: [...root.rules, added] }
    : mapTree(root, (node) =>
        node.type === 'group' && node.key === groupKey
          ? { ...node, rules: [...node.rules, added] }
          : node,
      );
