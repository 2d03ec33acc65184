import { AppError } from '../errors.ts';

// The tier rules, one customer at a time. Production applies them in SQL (`upgradeTier`,
// `reviewTiers`) so they run inside one statement; the tests hold the SQL to these.

/** What the tier rules need of a tier. */
export type LadderTier = { id: string; code: string; rank: number; threshold: number };

/**
 * Checks a tier ladder as staff would save it: ranked from the entry tier (rank 0, threshold 0)
 * upwards, thresholds strictly increasing with the rank, multipliers above zero.
 */
export const checkLadder = (tiers: (LadderTier & { earnMultiplier: number })[]): void => {
  const ladder = [...tiers].sort((a, b) => a.rank - b.rank);
  const fail = (message: string) => {
    throw new AppError('invalid_tier_ladder', message);
  };
  if (ladder.length === 0 || ladder[0]!.threshold !== 0)
    fail('The entry tier (lowest rank) must have a threshold of 0.');
  ladder.forEach((tier, index) => {
    if (tier.earnMultiplier <= 0) fail(`${tier.code}: the earn multiplier must be above 0.`);
    const below = ladder[index - 1];
    if (below && tier.threshold <= below.threshold)
      fail(
        `${tier.code}: its threshold (${tier.threshold}) must be above ${below.code}'s (${below.threshold}).`,
      );
  });
};

const byRank = <T extends LadderTier>(ladder: readonly T[]) =>
  [...ladder].sort((a, b) => a.rank - b.rank);

/** The highest tier a qualifying figure reaches. */
export const tierForFigure = <T extends LadderTier>(ladder: readonly T[], figure: number): T => {
  const sorted = byRank(ladder);
  return sorted.reduce((best, tier) => (tier.threshold <= figure ? tier : best), sorted[0]!);
};

/** The tier right above `current`, if any, and how much of the figure it still needs. */
export const nextTier = <T extends LadderTier>(
  ladder: readonly T[],
  current: Pick<LadderTier, 'rank'>,
  figure: number,
): { tier: T; missing: number } | null => {
  const above = byRank(ladder).find((tier) => tier.rank > current.rank);
  return above ? { tier: above, missing: Math.max(0, above.threshold - figure) } : null;
};

/** The tier right below `current` (a review moves down one tier at a time). */
export const tierBelow = <T extends LadderTier>(
  ladder: readonly T[],
  current: Pick<LadderTier, 'rank'>,
): T | null =>
  byRank(ladder)
    .filter((tier) => tier.rank < current.rank)
    .at(-1) ?? null;

export type ReviewOutcome = 'keep' | 'warn' | 'forgive' | 'downgrade';

/**
 * What the periodic review does to one customer above the entry tier: a customer who still
 * qualifies keeps the tier (and a warning is lifted); one who does not is warned first and moved
 * down one tier once `graceDays` have passed since the warning (warned again at once if they miss
 * the lower tier too); a pinned tier is kept until the pin's date. `reviewTiers` applies exactly
 * this rule to every customer at once, in SQL.
 */
export const reviewOutcome = (input: {
  qualifies: boolean;
  atRiskSince: Date | null;
  pinnedUntil: Date | null;
  graceDays: number;
  now: Date;
}): ReviewOutcome => {
  if (input.pinnedUntil && input.pinnedUntil > input.now) return 'keep';
  if (input.qualifies) return input.atRiskSince ? 'forgive' : 'keep';
  if (!input.atRiskSince) return 'warn';
  const graceEnds = input.atRiskSince.getTime() + input.graceDays * 86_400_000;
  return graceEnds <= input.now.getTime() ? 'downgrade' : 'keep';
};

/** Part of a qualifying figure, with the moment it leaves the rolling window. */
export type FigurePart = { leavesAt: Date; value: number };

/**
 * When a figure made of `parts` first falls below `threshold` if nothing is added to it: `now`
 * if it already is, null if it never does (a threshold of 0).
 */
export const figureFallsBelowAt = (
  parts: readonly FigurePart[],
  threshold: number,
  now: Date,
): Date | null => {
  if (threshold <= 0) return null;
  let figure = parts.reduce((sum, part) => sum + part.value, 0);
  if (figure < threshold) return now;
  const byDate = [...parts].sort((a, b) => a.leavesAt.getTime() - b.leavesAt.getTime());
  for (const [index, part] of byDate.entries()) {
    figure -= part.value;
    // Parts leaving at the same instant leave together (a purchase and its refund's write-off).
    const last = byDate[index + 1]?.leavesAt.getTime() !== part.leavesAt.getTime();
    if (last && figure < threshold) return part.leavesAt;
  }
  return null;
};

/**
 * The date the customer keeps their tier until if they qualify no further, as the review would
 * apply its rule day after day: it warns once the figure falls short, and moves them down
 * `graceDays` later; a warning already given (and not yet lifted) counts from its date; a staff
 * pin holds the review off until its end. Null on the entry tier, which is never lost.
 */
export const tierKeptUntil = (input: {
  threshold: number;
  parts: readonly FigurePart[];
  graceDays: number;
  atRiskSince: Date | null;
  pinnedUntil: Date | null;
  now: Date;
}): Date | null => {
  const grace = input.graceDays * 86_400_000;
  const falls = figureFallsBelowAt(input.parts, input.threshold, input.now);
  if (!falls) return null;
  // Short now and already warned: the grace period runs from the warning.
  const warned = falls.getTime() === input.now.getTime() ? input.atRiskSince : null;
  const downgrade = (warned ?? falls).getTime() + grace;
  const pin = input.pinnedUntil && input.pinnedUntil > input.now ? input.pinnedUntil : null;
  if (!pin) return new Date(downgrade);
  // The first review after the pin warns her, or moves her down if her grace is over by then.
  return new Date(Math.max(downgrade, pin.getTime() + (warned ? 0 : grace)));
};
