import { describe, expect, it } from 'vitest';
import {
  newPrivateSaleForm,
  privateSaleFormFrom,
  type PrivateSaleFormValues,
  readPrivateSaleForm,
} from './private-sale-form-values.ts';

const GOLD = '0b7e2a6e-8a4f-4c1e-9b55-3f1f0e4a2c11';
const BIG_SPENDERS = '5d0c3f4e-2b1a-4c8d-8e7f-6a5b4c3d2e1f';
const MARAIS = '8f1c2d3e-4b5a-4c6d-9e7f-0a1b2c3d4e5f';

const form = (values: Partial<PrivateSaleFormValues>): PrivateSaleFormValues => ({
  ...newPrivateSaleForm(new Date('2030-01-10T09:30+01:00')),
  nameEn: 'Gold evening',
  nameFr: 'Soirée Or',
  capacity: '40',
  tierIds: [GOLD],
  ...values,
});

describe('private sale form', () => {
  it('starts a new private sale online, a week from now for three hours, its places to say', () => {
    expect(newPrivateSaleForm(new Date('2030-01-10T09:30:45+01:00'))).toEqual({
      kind: 'PRIVATE_SALE',
      nameEn: '',
      nameFr: '',
      textEn: '',
      textFr: '',
      shopId: '',
      startsAt: '2030-01-17T09:30',
      endsAt: '2030-01-17T12:30',
      capacity: '',
      waitlistOfferHours: '24',
      discountPercent: '',
      checkInPoints: '',
      channels: ['EMAIL'],
      tierIds: [],
      segmentIds: [],
    });
  });

  it('turns a valid form into the procedure input, local dates and an online event as no shop', () => {
    expect(readPrivateSaleForm(form({ kind: 'WORKSHOP', textEn: '  Bring a friend ' }))).toEqual({
      input: {
        kind: 'WORKSHOP',
        nameEn: 'Gold evening',
        nameFr: 'Soirée Or',
        textEn: 'Bring a friend',
        textFr: '',
        shopId: null,
        startsAt: new Date('2030-01-17T09:30+01:00'),
        endsAt: new Date('2030-01-17T12:30+01:00'),
        capacity: 40,
        waitlistOfferHours: 24,
        discountPercent: null,
        checkInPoints: 0,
        channels: ['EMAIL'],
        tierIds: [GOLD],
        segmentIds: [],
      },
    });
    expect(readPrivateSaleForm(form({ shopId: MARAIS }))).toEqual({
      input: expect.objectContaining({ shopId: MARAIS }),
    });
    // Check-in points are for an event in a shop: online, the field is hidden and not sent.
    expect(readPrivateSaleForm(form({ shopId: MARAIS, checkInPoints: ' 50 ' }))).toEqual({
      input: expect.objectContaining({ checkInPoints: 50 }),
    });
    expect(readPrivateSaleForm(form({ checkInPoints: '50' }))).toEqual({
      input: expect.objectContaining({ checkInPoints: 0 }),
    });
    expect(readPrivateSaleForm(form({ shopId: MARAIS, checkInPoints: '-3' }))).toEqual({
      errors: ['checkInPoints'],
    });
  });

  it('asks for a target: at least one tier or one segment', () => {
    expect(readPrivateSaleForm(form({ tierIds: [] }))).toEqual({ errors: ['tierIds'] });
    expect(readPrivateSaleForm(form({ tierIds: [], segmentIds: [BIG_SPENDERS] }))).toEqual({
      input: expect.objectContaining({ tierIds: [], segmentIds: [BIG_SPENDERS] }),
    });
  });

  it('sends the invitations by the channels ticked; none leaves the portal notice alone', () => {
    expect(readPrivateSaleForm(form({ channels: ['EMAIL', 'SMS'] }))).toEqual({
      input: expect.objectContaining({ channels: ['EMAIL', 'SMS'] }),
    });
    expect(readPrivateSaleForm(form({ channels: [] }))).toEqual({
      input: expect.objectContaining({ channels: [] }),
    });
  });

  it('names every form field the schema refuses, cross-field rules included', () => {
    expect(readPrivateSaleForm(form({ nameFr: ' ', capacity: '0', tierIds: [] }))).toEqual({
      errors: ['nameFr', 'capacity', 'tierIds'],
    });
    expect(readPrivateSaleForm(form({ endsAt: '2030-01-17T09:30' }))).toEqual({
      errors: ['endsAt'],
    });
    expect(readPrivateSaleForm(form({ startsAt: '', tierIds: [] }))).toEqual({
      errors: ['startsAt', 'tierIds'],
    });
    expect(readPrivateSaleForm(form({ capacity: '', endsAt: '' }))).toEqual({
      errors: ['endsAt', 'capacity'],
    });
    expect(readPrivateSaleForm(form({ capacity: '12.5' }))).toEqual({ errors: ['capacity'] });
    expect(readPrivateSaleForm(form({ waitlistOfferHours: '0' }))).toEqual({
      errors: ['waitlistOfferHours'],
    });
    expect(readPrivateSaleForm(form({ discountPercent: '150' }))).toEqual({
      errors: ['discountPercent'],
    });
    // A shop's event sends no discount, whatever was typed before choosing the shop.
    expect(readPrivateSaleForm(form({ shopId: MARAIS, discountPercent: '30' }))).toEqual({
      input: expect.objectContaining({ discountPercent: null }),
    });
    expect(readPrivateSaleForm(form({ discountPercent: ' 30 ' }))).toEqual({
      input: expect.objectContaining({ discountPercent: 30 }),
    });
    expect(readPrivateSaleForm(form({ shopId: 'not a shop' }))).toEqual({ errors: ['shopId'] });
  });

  it('round-trips a stored private sale', () => {
    const read = readPrivateSaleForm(
      form({ kind: 'PREVIEW', shopId: MARAIS, textFr: 'Venez tôt', segmentIds: [BIG_SPENDERS] }),
    );
    if (!('input' in read)) throw new Error('expected a valid form');
    const { tierIds, segmentIds, ...rest } = read.input;
    const stored = {
      ...rest,
      tiers: tierIds.map((id) => ({ id })),
      segments: segmentIds.map((id) => ({ id })),
    };
    expect(privateSaleFormFrom(stored)).toMatchObject({
      kind: 'PREVIEW',
      shopId: MARAIS,
      capacity: '40',
      startsAt: '2030-01-17T09:30',
    });
    expect(readPrivateSaleForm(privateSaleFormFrom(stored))).toEqual(read);
    expect(privateSaleFormFrom({ ...stored, shopId: null }).shopId).toBe('');
  });
});
