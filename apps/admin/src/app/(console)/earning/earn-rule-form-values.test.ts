import { describe, expect, it } from 'vitest';
import {
  serverRefusedFields,
  earnRuleFormFrom,
  emptyEarnRuleForm,
  hundredths,
  KIND_FIELDS,
  kindChannels,
  kindHasWeekdays,
  readEarnRuleForm,
} from './earn-rule-form-values.ts';

describe('earn rule form', () => {
  it('turns points per € and multipliers into the ×100 integers the rules store', () => {
    expect(hundredths('1.5')).toBe(150);
    expect(hundredths('2,25')).toBe(225);
    expect(hundredths('abc')).toBeNaN();
    const read = readEarnRuleForm({
      ...emptyEarnRuleForm,
      kind: 'BASE_RATE',
      name: 'Base',
      rate: '1,5',
    });
    expect(read).toEqual({ input: expect.objectContaining({ rate: 150, multiplier: null }) });
  });

  it('names the fields the schema refuses, ignoring fields the kind does not show', () => {
    expect(
      readEarnRuleForm({ ...emptyEarnRuleForm, kind: 'PROMOTION', multiplier: '1', rate: 'x' }),
    ).toEqual({ errors: ['name', 'multiplier'] });
  });
});

describe('bonus rules in the form', () => {
  it('reads fixed points and drops weekdays and channels the kind cannot have', () => {
    const read = readEarnRuleForm({
      ...emptyEarnRuleForm,
      kind: 'BIRTHDAY_BONUS',
      name: 'Birthday',
      points: '200',
      channels: ['STORE'],
      weekdays: [1],
    });
    expect(read).toEqual({
      input: expect.objectContaining({ points: 200, channels: [], weekdays: [] }),
    });
  });

  it('lets a signup bonus be limited to tills or the portal, and asks for points', () => {
    expect(kindChannels('SIGNUP_BONUS')).toEqual(['STORE', 'APP']);
    expect(
      readEarnRuleForm({ ...emptyEarnRuleForm, kind: 'SIGNUP_BONUS', name: 'Welcome' }),
    ).toEqual({ errors: ['points'] });
  });
});

describe('referral bonuses in the form', () => {
  const referral = {
    ...emptyEarnRuleForm,
    kind: 'REFERRAL_BONUS' as const,
    name: 'Refer a friend',
    points: '200',
    friendPoints: '100',
    minAmount: '30,00',
  };

  it('asks for both sides’ points and the smallest first purchase, in euros', () => {
    expect(KIND_FIELDS.REFERRAL_BONUS).toEqual(['points', 'friendPoints', 'minAmount']);
    expect(kindChannels('REFERRAL_BONUS')).toEqual(['STORE', 'ESHOP']);
    expect(kindHasWeekdays('REFERRAL_BONUS')).toBe(false);
    expect(readEarnRuleForm({ ...referral, channels: ['STORE'], weekdays: [3] })).toEqual({
      input: expect.objectContaining({
        kind: 'REFERRAL_BONUS',
        points: 200,
        friendPoints: 100,
        minAmount: 3000,
        channels: ['STORE'],
        weekdays: [],
      }),
    });
  });

  it('takes any first purchase when no minimum is given, and one side may get nothing', () => {
    expect(readEarnRuleForm({ ...referral, points: '0', minAmount: '' })).toEqual({
      input: expect.objectContaining({ points: 0, friendPoints: 100, minAmount: 0 }),
    });
  });

  it('names the fields to fix: an amount that is not one, nobody paid', () => {
    expect(readEarnRuleForm({ ...referral, minAmount: '30.505' })).toEqual({
      errors: ['minAmount'],
    });
    expect(readEarnRuleForm({ ...referral, points: '0', friendPoints: '0' })).toEqual({
      errors: ['points'],
    });
    expect(readEarnRuleForm({ ...referral, friendPoints: '' })).toEqual({
      errors: ['friendPoints'],
    });
  });

  it('sends no referral fields for the other kinds', () => {
    expect(
      readEarnRuleForm({ ...referral, kind: 'SIGNUP_BONUS', name: 'Welcome', points: '50' }),
    ).toEqual({ input: expect.objectContaining({ friendPoints: null, minAmount: null }) });
  });

  it('shows a saved rule’s minimum in euros', () => {
    const form = earnRuleFormFrom({
      kind: 'REFERRAL_BONUS',
      name: 'Refer a friend',
      channels: ['STORE', 'ESHOP'],
      shopIds: [],
      rate: null,
      multiplier: null,
      points: 200,
      friendPoints: 100,
      minAmount: 3000,
      category: null,
      sku: null,
      startsAt: null,
      endsAt: null,
      weekdays: [],
    });
    expect(form).toMatchObject({ points: '200', friendPoints: '100', minAmount: '30.00' });
    expect(readEarnRuleForm(form)).toEqual({
      input: expect.objectContaining({ points: 200, friendPoints: 100, minAmount: 3000 }),
    });
  });
});

describe('a save the server refused', () => {
  it('puts its field errors on the form fields, for a new rule and an update alike', () => {
    expect(serverRefusedFields(['rate', 'data.multiplier', 'data.multiplier'])).toEqual([
      'rate',
      'multiplier',
    ]);
    expect(serverRefusedFields(['weekdays.0', 'id', 'unknown'])).toEqual(['weekdays']);
    expect(serverRefusedFields(['data.friendPoints', 'minAmount'])).toEqual([
      'friendPoints',
      'minAmount',
    ]);
  });
});
