import { describe, expect, it } from 'vitest';
import { privateSaleInput } from './private-sale.ts';

const sale = {
  nameEn: 'Winter private sale',
  nameFr: "Vente privée d'hiver",
  shopId: '6f1c1d2e-9a8b-4c3d-8e7f-0a1b2c3d4e5f',
  startsAt: '2027-01-10T09:00:00Z',
  endsAt: '2027-01-10T18:00:00Z',
  capacity: 20,
  tierIds: ['7f1c1d2e-9a8b-4c3d-8e7f-0a1b2c3d4e5f'],
};

describe('check-in points of an event', () => {
  it('are none unless given, and at most 100,000', () => {
    expect(privateSaleInput.parse(sale).checkInPoints).toBe(0);
    expect(privateSaleInput.parse({ ...sale, checkInPoints: 50 }).checkInPoints).toBe(50);
    expect(privateSaleInput.safeParse({ ...sale, checkInPoints: 100_001 }).success).toBe(false);
    expect(privateSaleInput.safeParse({ ...sale, checkInPoints: -1 }).success).toBe(false);
  });

  it('are only for an event in a shop, where a till checks guests in', () => {
    const online = privateSaleInput.safeParse({ ...sale, shopId: null, checkInPoints: 10 });
    expect(online.error?.issues).toEqual([
      expect.objectContaining({
        path: ['checkInPoints'],
        message: 'Only an event in a shop has a check-in at its till',
      }),
    ]);
  });
});
