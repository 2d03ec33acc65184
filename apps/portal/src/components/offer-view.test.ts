import { describe, expect, it } from 'vitest';
import { homeOffers, offerAction, offersIn, showsClaimsLeft } from './offer-view.ts';

type Offer = {
  id: string;
  state: 'available' | 'used' | 'sold_out' | 'locked';
  benefit: 'DISCOUNT_CODE' | 'TILL_BENEFIT';
  claimsLeft: number;
  unlockTier: { code: string; name: string; nameFr: string; colour: string; rank: number } | null;
};

const tier = (rank: number) => ({
  code: `T${rank}`,
  name: '',
  nameFr: '',
  colour: '#000000',
  rank,
});

const offer = (id: string, state: Offer['state'], more: Partial<Offer> = {}): Offer => ({
  id,
  state,
  benefit: 'DISCOUNT_CODE',
  claimsLeft: state === 'available' ? 1 : 0,
  unlockTier: state === 'locked' ? tier(2) : null,
  ...more,
});

const ids = (offers: Offer[]) => offers.map((item) => item.id);

describe('offersIn', () => {
  it('keeps the offers of one group in the server’s order', () => {
    const offers = [offer('a', 'locked'), offer('b', 'available'), offer('c', 'available')];
    expect(ids(offersIn(offers, 'available'))).toEqual(['b', 'c']);
    expect(ids(offersIn(offers, 'used'))).toEqual([]);
  });

  it('puts what she used and what everyone claimed together', () => {
    const offers = [offer('a', 'sold_out'), offer('b', 'available'), offer('c', 'used')];
    expect(ids(offersIn(offers, 'used'))).toEqual(['a', 'c']);
  });
});

describe('offerAction', () => {
  it('claims a code offer she can use, and sends her to the till for a till benefit', () => {
    expect(offerAction(offer('a', 'available'))).toBe('claim');
    expect(offerAction(offer('a', 'available', { benefit: 'TILL_BENEFIT' }))).toBe('till');
  });

  it('offers nothing to claim on a used-up or a locked offer, whatever its benefit', () => {
    expect(offerAction(offer('a', 'used'))).toBe('usedUp');
    expect(offerAction(offer('a', 'used', { benefit: 'TILL_BENEFIT' }))).toBe('usedUp');
    expect(offerAction(offer('a', 'sold_out'))).toBe('soldOut');
    expect(offerAction(offer('a', 'locked'))).toBe('locked');
    expect(offerAction(offer('a', 'locked', { benefit: 'TILL_BENEFIT' }))).toBe('locked');
  });
});

describe('showsClaimsLeft', () => {
  it('says how many uses are left only when more than one is', () => {
    expect(showsClaimsLeft(offer('a', 'available', { claimsLeft: 3 }))).toBe(true);
    expect(showsClaimsLeft(offer('a', 'available', { claimsLeft: 1 }))).toBe(false);
    expect(showsClaimsLeft(offer('a', 'used'))).toBe(false);
  });
});

describe('homeOffers', () => {
  it('shows up to two offers she can use, before any locked one', () => {
    const offers = [
      offer('locked', 'locked'),
      offer('a', 'available'),
      offer('used', 'used'),
      offer('b', 'available'),
      offer('c', 'available'),
    ];
    expect(ids(homeOffers(offers))).toEqual(['a', 'b']);
  });

  it('teases one locked offer when none is usable: the one the nearest tier unlocks', () => {
    const offers = [
      offer('used', 'used'),
      offer('x', 'locked', { unlockTier: tier(3) }),
      offer('y', 'locked', { unlockTier: tier(2) }),
    ];
    expect(ids(homeOffers(offers))).toEqual(['y']);
  });

  it('shows nothing without offers, or with used-up ones only', () => {
    expect(homeOffers([])).toEqual([]);
    expect(homeOffers([offer('used', 'used')])).toEqual([]);
  });
});
