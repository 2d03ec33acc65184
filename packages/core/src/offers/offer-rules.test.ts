import { describe, expect, it } from 'vitest';
import { claimsLeft, offerAccess, offerPhase } from './offer-rules.ts';

const member = { id: 'member', rank: 0 };
const silver = { id: 'silver', rank: 1 };
const gold = { id: 'gold', rank: 2 };
const platinum = { id: 'platinum', rank: 3 };
const none = new Set<string>();

describe('offerPhase', () => {
  const offer = {
    startsAt: new Date('2026-12-01T00:00:00Z'),
    endsAt: new Date('2026-12-08T00:00:00Z'),
    archivedAt: null,
  };
  it('is scheduled before the start, live from it, ended from the end', () => {
    expect(offerPhase(offer, new Date('2026-11-30T23:59:59Z'))).toBe('scheduled');
    expect(offerPhase(offer, offer.startsAt)).toBe('live');
    expect(offerPhase(offer, new Date('2026-12-07T23:59:59Z'))).toBe('live');
    expect(offerPhase(offer, offer.endsAt)).toBe('ended');
  });
  it('says archived whatever the dates', () => {
    expect(offerPhase({ ...offer, archivedAt: new Date() }, offer.startsAt)).toBe('archived');
  });
});

describe('offerAccess', () => {
  it('opens to a customer on one of the targeted tiers', () => {
    const target = { tiers: [gold, platinum], segmentIds: [] };
    expect(offerAccess(target, { tier: gold, segmentIds: none })).toEqual({ kind: 'open' });
  });
  it('shows a tier-only miss locked behind the lowest targeted tier above', () => {
    const target = { tiers: [platinum, gold], segmentIds: [] };
    expect(offerAccess(target, { tier: silver, segmentIds: none })).toEqual({
      kind: 'locked',
      tier: gold,
    });
  });
  it('hides an offer for tiers below the customer only', () => {
    const target = { tiers: [member, silver], segmentIds: [] };
    expect(offerAccess(target, { tier: gold, segmentIds: none })).toEqual({ kind: 'hidden' });
  });
  it('needs one of the segments when segments are given', () => {
    const target = { tiers: [gold], segmentIds: ['vip', 'local'] };
    expect(offerAccess(target, { tier: gold, segmentIds: new Set(['local']) })).toEqual({
      kind: 'open',
    });
    expect(offerAccess(target, { tier: gold, segmentIds: new Set(['other']) })).toEqual({
      kind: 'hidden',
    });
    expect(offerAccess(target, { tier: silver, segmentIds: new Set(['vip']) })).toEqual({
      kind: 'locked',
      tier: gold,
    });
  });
  it('opens a segment-only offer to every tier of its members', () => {
    const target = { tiers: [], segmentIds: ['vip'] };
    expect(offerAccess(target, { tier: member, segmentIds: new Set(['vip']) })).toEqual({
      kind: 'open',
    });
  });
});

describe('claimsLeft', () => {
  it('is what the per-customer limit leaves', () => {
    expect(claimsLeft({ perCustomerLimit: 2, totalCap: null, claimedCount: 40 }, 1)).toBe(1);
    expect(claimsLeft({ perCustomerLimit: 2, totalCap: null, claimedCount: 40 }, 2)).toBe(0);
  });
  it('never exceeds what is left of the overall cap', () => {
    expect(claimsLeft({ perCustomerLimit: 3, totalCap: 10, claimedCount: 9 }, 0)).toBe(1);
    expect(claimsLeft({ perCustomerLimit: 3, totalCap: 10, claimedCount: 10 }, 0)).toBe(0);
  });
});
