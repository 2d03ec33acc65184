import { randomUUID } from 'node:crypto';
import type { SegmentRule } from '@fidele/validators';
import { describe, expect, it } from 'vitest';
import {
  amountText,
  amountValue,
  appendTo,
  countConditions,
  dateText,
  dateValue,
  draftFrom,
  type GroupDraft,
  newCondition,
  newGroup,
  newRoot,
  readRule,
  readSegment,
  removeNode,
  ruleFromKey,
  ruleKey,
  setCombinator,
  updateCondition,
} from './segment-form-values.ts';

const gold = randomUUID();
const shop = randomUUID();

const saved: SegmentRule = {
  combinator: 'and',
  rules: [
    { field: 'tier', tierIds: [gold] },
    { field: 'amountSpent', days: 90, compare: { op: 'between', min: 5000, max: 12_990 } },
    {
      combinator: 'or',
      rules: [
        { field: 'lastPurchase', when: 'never' },
        { field: 'channelsUsed', match: 'none', channels: ['ESHOP'] },
        {
          combinator: 'and',
          rules: [
            { field: 'homeShop', shopIds: [shop] },
            { field: 'consent', channel: 'sms', given: false },
            { field: 'signupDate', after: new Date('2025-01-31T00:00+01:00') },
            { field: 'pointsEarned', days: 30, compare: { op: 'gte', value: 200 } },
            { field: 'pointsBalance', compare: { op: 'lte', value: 10 } },
          ],
        },
      ],
    },
  ],
};

const form = (root: GroupDraft, name = 'Lapsed VIPs') => ({ name, description: '', root });

describe('segment drafts', () => {
  it('reads back the rules they were made from', () => {
    const draft = draftFrom(saved, 'en');
    expect(readRule(draft)).toEqual(saved);
    expect(countConditions(draft)).toBe(9);
    expect(ruleFromKey(ruleKey(saved))).toEqual(saved);
  });

  it('shows amounts in euros, in the language of the page', () => {
    expect(amountText(5000, 'en')).toBe('50');
    expect(amountText(4990, 'fr')).toBe('49,90');
    expect(amountValue('49,90 €')).toBe(4990);
    expect(amountValue('49.9')).toBe(4990);
    expect(amountValue('4.999')).toBeNaN();
    expect(amountValue('')).toBeNaN();
    const draft = draftFrom(saved, 'fr');
    expect(draft.rules[1]).toMatchObject({ op: 'between', min: '50', max: '129,90' });
    // Days of the programme's zone: 31 January starts at 23:00 UTC the day before in Paris.
    expect(dateValue('2025-01-31').toISOString()).toBe('2025-01-30T23:00:00.000Z');
    expect(dateText(new Date('2025-01-30T23:00:00Z'))).toBe('2025-01-31');
    expect(dateText(dateValue('2025-07-14'))).toBe('2025-07-14');
    expect(dateValue('2025-02-31').getTime()).toBeNaN();
  });

  it('starts a new segment with a rule every member meets', () => {
    const root = newRoot();
    expect(readRule(root)).toEqual({
      combinator: 'and',
      rules: [{ field: 'pointsBalance', compare: { op: 'gte', value: 0 } }],
    });
  });

  it('adds, changes and removes conditions and groups anywhere in the tree', () => {
    let root = newRoot();
    const group = newGroup('or');
    root = appendTo(root, root.key, group);
    const inner = newCondition('consent');
    root = appendTo(root, group.key, inner);
    root = updateCondition(root, inner.key, { given: false, consentChannel: 'sms' });
    root = setCombinator(root, group.key, 'and');
    root = setCombinator(root, root.key, 'or');
    expect(readRule(root)).toEqual({
      combinator: 'or',
      rules: [
        { field: 'pointsBalance', compare: { op: 'gte', value: 0 } },
        {
          combinator: 'and',
          rules: [
            { field: 'pointsBalance', compare: { op: 'gte', value: 0 } },
            { field: 'consent', channel: 'sms', given: false },
          ],
        },
      ],
    });
    root = removeNode(root, inner.key);
    expect(countConditions(root)).toBe(2);
    root = removeNode(root, group.key);
    expect(root.rules).toHaveLength(1);
  });
});

describe('readSegment', () => {
  it('gives the input of the procedure', () => {
    const read = readSegment(form(draftFrom(saved, 'en'), '  Lapsed VIPs '));
    expect(read).toEqual({ input: { name: 'Lapsed VIPs', description: '', rule: saved } });
  });

  it('puts each zod issue next to its input, in nested groups too', () => {
    let root = newRoot();
    const first = root.rules[0]!;
    root = updateCondition(root, first.key, { field: 'amountSpent', days: '', value: '12.345' });
    const group = newGroup('or');
    root = appendTo(root, root.key, group);
    const tier = newCondition('tier');
    const between = { ...newCondition('pointsEarned'), op: 'between' as const, min: '9', max: '2' };
    const dates = newCondition('signupDate');
    const lapsed = { ...newCondition('lastPurchase'), days: '' };
    const shops = newCondition('homeShop');
    for (const node of [tier, between, dates, lapsed, shops])
      root = appendTo(root, group.key, node);
    const empty = { ...newGroup('and'), rules: [] };
    root = appendTo(root, group.key, empty);

    const read = readSegment(form(root, ' '));
    expect(read).toEqual({
      errors: {
        name: 'name',
        nodes: {
          [first.key]: { days: 'days', value: 'amount' },
          [tier.key]: { tierIds: 'tiers' },
          [between.key]: { max: 'order' },
          [dates.key]: { after: 'dates' },
          [lapsed.key]: { days: 'days' },
          [shops.key]: { shopIds: 'shops' },
          [empty.key]: { rules: 'emptyGroup' },
        },
      },
    });
  });

  it('reports an empty segment on its root group', () => {
    const root = { ...newRoot(), rules: [] };
    expect(readSegment(form(root))).toEqual({
      errors: { nodes: { [root.key]: { rules: 'emptyGroup' } } },
    });
  });

  it('keeps a refusal of the rules as a whole for the plain message', () => {
    let root = newRoot();
    for (let i = 0; i < 30; i++) root = appendTo(root, root.key, newCondition());
    expect(readSegment(form(root))).toEqual({ errors: { nodes: {}, general: true } });
  });
});
