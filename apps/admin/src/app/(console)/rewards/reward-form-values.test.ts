import { describe, expect, it } from 'vitest';
import { previewTerms } from '../../../lib/discount-form-values.ts';
import { parseAmount } from '../../../lib/form-reading.ts';
import {
  emptyRewardForm,
  readRewardForm,
  rewardFormFrom,
  type RewardFormValues,
} from './reward-form-values.ts';

const form = (values: Partial<RewardFormValues>): RewardFormValues => ({
  ...emptyRewardForm,
  nameEn: '5 € off',
  nameFr: '5 € offerts',
  pointsCost: '100',
  amount: '5',
  ...values,
});

describe('reward form', () => {
  it('reads amounts typed with a comma or a point into minor units', () => {
    expect(parseAmount('5', 'EUR')).toBe(500);
    expect(parseAmount('5,5', 'EUR')).toBe(550);
    expect(parseAmount(' 12.34 ', 'EUR')).toBe(1234);
    expect(parseAmount('1000', 'JPY')).toBe(1000);
    expect(parseAmount('5.555', 'EUR')).toBeNaN();
    expect(parseAmount('-5', 'EUR')).toBeNaN();
    expect(parseAmount('five', 'EUR')).toBeNaN();
  });

  it('turns a valid form into the procedure input, leaving what does not apply empty', () => {
    const read = readRewardForm(form({ cap: '30', minBasket: '40', stock: '50' }));
    expect(read).toEqual({
      input: expect.objectContaining({
        pointsCost: 100,
        discountType: 'FIXED_AMOUNT',
        discountValue: 500,
        discountCap: null,
        minBasket: 4_000,
        stock: 50,
        validityDays: 30,
        minTierId: null,
        imageUrl: null,
      }),
    });
  });

  it('names the form fields the schema refuses', () => {
    expect(
      readRewardForm(form({ discountType: 'PERCENTAGE', percent: '150', nameFr: ' ' })),
    ).toEqual({ errors: ['nameFr', 'percent'] });
    expect(readRewardForm(form({ discountType: 'FREE_SHIPPING', channels: 'STORE' }))).toEqual({
      errors: ['channels'],
    });
    expect(readRewardForm(form({ validityDays: '' }))).toEqual({ errors: ['validityDays'] });
    expect(
      readRewardForm(form({ nameEn: '', discountType: 'FREE_SHIPPING', channels: 'STORE' })),
    ).toEqual({ errors: ['nameEn', 'channels'] });
    expect(readRewardForm(form({ amount: '5.555', pointsCost: '1.5' }))).toEqual({
      errors: ['pointsCost', 'amount'],
    });
    expect(
      readRewardForm(form({ validFrom: '2030-02-01T00:00', validUntil: '2030-01-01T00:00' })),
    ).toEqual({ errors: ['validUntil'] });
  });

  it('round-trips a stored reward', () => {
    const read = readRewardForm(
      form({
        discountType: 'PERCENTAGE',
        percent: '15',
        cap: '30',
        amount: '',
        validityDays: '',
        validUntil: '2030-01-01T00:00',
      }),
    );
    if (!('input' in read)) throw new Error('expected a valid form');
    expect(readRewardForm(rewardFormFrom(read.input))).toEqual(read);
    expect(rewardFormFrom(read.input)).toMatchObject({ percent: '15', cap: '30.00', amount: '' });
  });

  it('previews the discount once the amounts read well', () => {
    expect(previewTerms(form({ amount: '' }))).toBeUndefined();
    expect(previewTerms(form({ minBasket: '40' }))).toEqual({
      type: 'FIXED_AMOUNT',
      amount: 500,
      currency: 'EUR',
      minBasket: 4_000,
    });
    expect(previewTerms(form({ discountType: 'PERCENTAGE', percent: '10', cap: '20' }))).toEqual({
      type: 'PERCENTAGE',
      percent: 10,
      cap: 2_000,
      currency: 'EUR',
    });
  });
});
