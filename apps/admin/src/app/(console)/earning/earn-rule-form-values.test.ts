import { describe, expect, it } from 'vitest';
import {
  serverRefusedFields,
  emptyEarnRuleForm,
  hundredths,
  kindChannels,
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

describe('a save the server refused', () => {
  it('puts its field errors on the form fields, for a new rule and an update alike', () => {
    expect(serverRefusedFields(['rate', 'data.multiplier', 'data.multiplier'])).toEqual([
      'rate',
      'multiplier',
    ]);
    expect(serverRefusedFields(['weekdays.0', 'id', 'unknown'])).toEqual(['weekdays']);
  });
});
