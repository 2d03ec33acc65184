import { describe, expect, it } from 'vitest';
import {
  newOfferForm,
  offerFormFrom,
  type OfferFormValues,
  readOfferForm,
} from './offer-form-values.ts';

const GOLD = '0b7e2a6e-8a4f-4c1e-9b55-3f1f0e4a2c11';
const BIG_SPENDERS = '5d0c3f4e-2b1a-4c8d-8e7f-6a5b4c3d2e1f';

const form = (values: Partial<OfferFormValues>): OfferFormValues => ({
  ...newOfferForm(new Date('2030-01-10T09:30+01:00')),
  titleEn: 'Gold: 20 % off this weekend',
  titleFr: 'Or : -20 % ce week-end',
  tierIds: [GOLD],
  percent: '20',
  ...values,
});

describe('offer form', () => {
  it('starts a new offer now, for a week, once per customer and without a cap', () => {
    expect(newOfferForm(new Date('2030-01-10T09:30:45+01:00'))).toMatchObject({
      startsAt: '2030-01-10T09:30',
      endsAt: '2030-01-17T09:30',
      benefit: 'DISCOUNT_CODE',
      discountType: 'PERCENTAGE',
      perCustomerLimit: '1',
      totalCap: '',
      tierIds: [],
      segmentIds: [],
    });
  });

  it('turns a valid form into the procedure input, money in minor units', () => {
    const read = readOfferForm(
      form({ cap: '30', minBasket: '40,50', totalCap: '100', segmentIds: [BIG_SPENDERS] }),
    );
    expect(read).toEqual({
      input: expect.objectContaining({
        tierIds: [GOLD],
        segmentIds: [BIG_SPENDERS],
        startsAt: new Date('2030-01-10T09:30+01:00'),
        endsAt: new Date('2030-01-17T09:30+01:00'),
        benefit: 'DISCOUNT_CODE',
        discountType: 'PERCENTAGE',
        discountValue: 20,
        discountCap: 3_000,
        minBasket: 4_050,
        currency: 'EUR',
        perCustomerLimit: 1,
        totalCap: 100,
        imageUrl: null,
      }),
    });
  });

  it('sends what does not apply to the kind of discount empty', () => {
    const fixed = readOfferForm(form({ discountType: 'FIXED_AMOUNT', amount: '5,5', cap: '30' }));
    expect(fixed).toEqual({
      input: expect.objectContaining({ discountValue: 550, discountCap: null }),
    });
    const shipping = readOfferForm(
      form({ discountType: 'FREE_SHIPPING', channels: 'ONLINE', percent: '20', cap: '30' }),
    );
    expect(shipping).toEqual({
      input: expect.objectContaining({ discountValue: 0, discountCap: null }),
    });
  });

  it('asks for a target: at least one tier or one segment', () => {
    expect(readOfferForm(form({ tierIds: [] }))).toEqual({ errors: ['tierIds'] });
    expect(readOfferForm(form({ tierIds: [], segmentIds: [BIG_SPENDERS] }))).toEqual({
      input: expect.objectContaining({ tierIds: [], segmentIds: [BIG_SPENDERS] }),
    });
  });

  it('names every form field the schema refuses, cross-field rules included', () => {
    expect(readOfferForm(form({ titleFr: ' ', tierIds: [], percent: '150' }))).toEqual({
      errors: ['titleFr', 'percent', 'tierIds'],
    });
    expect(readOfferForm(form({ endsAt: '2030-01-10T09:30' }))).toEqual({ errors: ['endsAt'] });
    expect(readOfferForm(form({ startsAt: '', tierIds: [] }))).toEqual({
      errors: ['startsAt', 'tierIds'],
    });
    expect(readOfferForm(form({ benefit: 'TILL_BENEFIT', channels: 'BOTH' }))).toEqual({
      errors: ['channels'],
    });
    expect(readOfferForm(form({ benefit: 'TILL_BENEFIT', channels: 'STORE' }))).toEqual({
      input: expect.objectContaining({ benefit: 'TILL_BENEFIT', channels: 'STORE' }),
    });
    expect(readOfferForm(form({ discountType: 'FREE_SHIPPING', channels: 'BOTH' }))).toEqual({
      errors: ['channels'],
    });
    expect(
      readOfferForm(form({ perCustomerLimit: '', totalCap: '0', imageUrl: 'not a url' })),
    ).toEqual({ errors: ['imageUrl', 'perCustomerLimit', 'totalCap'] });
    expect(readOfferForm(form({ discountType: 'FIXED_AMOUNT', amount: '5.555' }))).toEqual({
      errors: ['amount'],
    });
  });

  it('round-trips a stored offer', () => {
    const read = readOfferForm(
      form({
        discountType: 'FIXED_AMOUNT',
        amount: '7.50',
        minBasket: '40',
        benefit: 'TILL_BENEFIT',
        channels: 'STORE',
        perCustomerLimit: '3',
        totalCap: '250',
        imageUrl: 'https://example.com/gold.jpg',
      }),
    );
    if (!('input' in read)) throw new Error('expected a valid form');
    const { tierIds, segmentIds, ...rest } = read.input;
    const stored = {
      ...rest,
      tiers: tierIds.map((id) => ({ id })),
      segments: segmentIds.map((id) => ({ id })),
    };
    expect(offerFormFrom(stored)).toMatchObject({
      amount: '7.50',
      minBasket: '40.00',
      percent: '',
      cap: '',
      totalCap: '250',
      perCustomerLimit: '3',
      startsAt: '2030-01-10T09:30',
    });
    expect(readOfferForm(offerFormFrom(stored))).toEqual(read);
  });
});
