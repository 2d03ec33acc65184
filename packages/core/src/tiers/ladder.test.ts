import { describe, expect, it } from 'vitest';
import { checkLadder, nextTier, reviewOutcome, tierBelow, tierForFigure } from './ladder.ts';

const ladder = [
  { id: 'm', code: 'MEMBER', rank: 0, threshold: 0, earnMultiplier: 100 },
  { id: 's', code: 'SILVER', rank: 1, threshold: 500, earnMultiplier: 110 },
  { id: 'g', code: 'GOLD', rank: 2, threshold: 1_500, earnMultiplier: 125 },
];

describe('tier ladder', () => {
  it('accepts increasing thresholds from an entry tier at 0', () => {
    expect(() => checkLadder(ladder)).not.toThrow();
  });

  it.each([
    ['a threshold that does not increase', [ladder[0]!, { ...ladder[1]!, threshold: 0 }]],
    ['an entry tier above 0', [{ ...ladder[0]!, threshold: 10 }]],
    ['a multiplier of 0', [{ ...ladder[0]!, earnMultiplier: 0 }]],
    ['no tier at all', []],
  ])('refuses %s', (_, tiers) => {
    expect(() => checkLadder(tiers)).toThrow(
      expect.objectContaining({ code: 'invalid_tier_ladder' }),
    );
  });

  it('finds the tier a figure reaches, the next one and the one below', () => {
    expect(tierForFigure(ladder, 0).code).toBe('MEMBER');
    expect(tierForFigure(ladder, 1_499).code).toBe('SILVER');
    expect(tierForFigure(ladder, 9_999).code).toBe('GOLD');
    expect(nextTier(ladder, ladder[1]!, 1_460)).toMatchObject({
      tier: { code: 'GOLD' },
      missing: 40,
    });
    expect(nextTier(ladder, ladder[2]!, 0)).toBeNull();
    expect(tierBelow(ladder, ladder[2]!)?.code).toBe('SILVER');
    expect(tierBelow(ladder, ladder[0]!)).toBeNull();
  });
});

describe('review outcome', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const base = { qualifies: false, atRiskSince: null, pinnedUntil: null, graceDays: 30, now };

  it('warns first, then moves down once the grace period is over', () => {
    expect(reviewOutcome(base)).toBe('warn');
    expect(reviewOutcome({ ...base, atRiskSince: daysAgo(29) })).toBe('keep');
    expect(reviewOutcome({ ...base, atRiskSince: daysAgo(30) })).toBe('downgrade');
  });

  it('forgives a customer who qualifies again, and keeps a pinned tier', () => {
    expect(reviewOutcome({ ...base, qualifies: true, atRiskSince: daysAgo(40) })).toBe('forgive');
    expect(reviewOutcome({ ...base, qualifies: true })).toBe('keep');
    expect(reviewOutcome({ ...base, atRiskSince: daysAgo(40), pinnedUntil: daysAgo(-1) })).toBe(
      'keep',
    );
    expect(reviewOutcome({ ...base, atRiskSince: daysAgo(40), pinnedUntil: daysAgo(1) })).toBe(
      'downgrade',
    );
  });
});
