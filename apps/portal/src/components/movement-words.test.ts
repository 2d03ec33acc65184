import { describe, expect, it } from 'vitest';
import { type HistoryMovement, movementHref, movementWords } from './movement-words.ts';

const at = new Date('2026-11-12T10:00:00Z');

const movement = (overrides: Partial<HistoryMovement>): HistoryMovement => ({
  id: 'm1',
  type: 'EARN',
  channel: 'STORE',
  points: 10,
  balanceAfter: 10,
  pendingUntil: null,
  sourceType: 'TEST',
  sourceId: null,
  customerReason: null,
  createdAt: at,
  occurredAt: at,
  purchase: null,
  refund: null,
  released: null,
  expiry: null,
  reward: null,
  game: null,
  contest: null,
  invitation: null,
  referral: null,
  otherAccount: null,
  ...overrides,
});

describe('movementWords', () => {
  it('names a purchase by its shop and links to its page', () => {
    const purchase = movement({
      sourceType: 'PURCHASE',
      sourceId: 'p1',
      purchase: { id: 'p1', shopName: 'Paris Marais', amount: 4_400, currency: 'EUR' },
    });
    expect(movementWords(purchase, 'en')).toEqual({ key: 'purchaseAt', shop: 'Paris Marais' });
    expect(movementHref(purchase)).toBe('/history/purchases/p1');
  });

  it('says which purchase a refund was of, and links to that purchase', () => {
    const refund = movement({
      type: 'REVERSAL',
      points: -44,
      sourceType: 'REFUND',
      sourceId: 'r1',
      refund: { purchaseId: 'p1', shopName: 'Paris Marais', purchasedAt: at },
    });
    expect(movementWords(refund, 'fr')).toEqual({
      key: 'refundOf',
      shop: 'Paris Marais',
      purchasedAt: at,
    });
    expect(movementHref(refund)).toBe('/history/purchases/p1');
    expect(movementWords({ ...refund, refund: null }, 'en')).toEqual({ key: 'refund' });
  });

  it("gives an adjustment's reason for the customer, or neutral words without one", () => {
    const adjustment = movement({
      type: 'ADJUST',
      channel: 'ADMIN',
      sourceType: 'ADJUSTMENT',
      customerReason: 'Sorry for the late delivery',
    });
    expect(movementWords(adjustment, 'en')).toEqual({
      key: 'adjustFor',
      reason: 'Sorry for the late delivery',
    });
    expect(movementWords({ ...adjustment, customerReason: null }, 'en')).toEqual({
      key: 'adjust',
    });
    expect(movementHref(adjustment)).toBeUndefined();
  });

  it('says the month an expired lot was earned in', () => {
    const earnedAt = new Date('2025-11-20T09:00:00Z');
    expect(
      movementWords(
        movement({ type: 'EXPIRE', points: -30, sourceType: 'LOT', expiry: { earnedAt } }),
        'en',
      ),
    ).toEqual({ key: 'expiredEarnedIn', earnedIn: earnedAt });
    expect(movementWords(movement({ type: 'EXPIRE', sourceType: 'LOT' }), 'en')).toEqual({
      key: 'expire',
    });
  });

  it('names the reward a code was claimed for, in her language, and links to her codes', () => {
    const claim = movement({
      type: 'REDEEM',
      points: -500,
      sourceType: 'DISCOUNT_CODE',
      reward: { name: { en: '€5 off', fr: '5 € offerts' } },
    });
    expect(movementWords(claim, 'fr')).toEqual({ key: 'rewardCode', reward: '5 € offerts' });
    expect(movementHref(claim)).toBe('/codes');
    expect(movementWords({ ...claim, type: 'REVERSAL', points: 500 }, 'en')).toEqual({
      key: 'rewardCodeCancelled',
      reward: '€5 off',
    });
    expect(movementWords({ ...claim, reward: null }, 'en')).toEqual({ key: 'rewardClaimed' });
  });

  it('names the game, the contest and the private event, linking to their pages', () => {
    const game = movement({
      sourceType: 'GAME_PLAY',
      game: { id: 'g1', title: { en: 'Spin', fr: 'Roue' } },
    });
    expect(movementWords(game, 'fr')).toEqual({ key: 'gamePlay', title: 'Roue' });
    expect(movementHref(game)).toBe('/games/g1');
    const contest = movement({
      sourceType: 'CONTEST_PRIZE',
      contest: { slug: 'spring', title: { en: 'Spring looks', fr: 'Looks de printemps' } },
    });
    expect(movementWords(contest, 'en')).toEqual({ key: 'contestPrize', title: 'Spring looks' });
    expect(movementHref(contest)).toBe('/contests/spring');
    const checkIn = movement({
      sourceType: 'INVITATION',
      invitation: { id: 'i1', name: { en: 'VIP week', fr: 'Semaine VIP' } },
    });
    expect(movementWords(checkIn, 'fr')).toEqual({ key: 'checkInAt', event: 'Semaine VIP' });
    expect(movementHref(checkIn)).toBe('/invitations');
  });

  it('says what a bonus was for', () => {
    expect(
      movementWords(movement({ sourceType: 'BONUS', sourceId: 'birthday:2026' }), 'en'),
    ).toEqual({ key: 'bonusBirthday' });
  });

  it('says where a merge moved her points from, and where they went', () => {
    const moved = movement({
      type: 'TRANSFER',
      channel: 'ADMIN',
      sourceType: 'MERGE_IN',
      otherAccount: { memberCode: '202611230006' },
    });
    expect(movementWords(moved, 'en')).toEqual({ key: 'transferIn', account: '202611230006' });
    expect(movementWords(movement({ type: 'TRANSFER', sourceType: 'MERGE_OUT' }), 'en')).toEqual({
      key: 'transferOut',
    });
  });

  it('says whose points a release made spendable, and links to that purchase', () => {
    const released = movement({
      type: 'RELEASE',
      sourceType: 'LOT',
      released: { purchaseId: 'p1', shopName: 'E-shop', purchasedAt: at },
    });
    expect(movementWords(released, 'en')).toEqual({
      key: 'releaseOf',
      shop: 'E-shop',
      purchasedAt: at,
    });
    expect(movementHref(released)).toBe('/history/purchases/p1');
  });
});
