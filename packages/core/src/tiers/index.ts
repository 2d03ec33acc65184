export { checkLadder, nextTier, reviewOutcome, tierBelow, tierForFigure } from './ladder.ts';
export type { LadderTier, ReviewOutcome } from './ladder.ts';
export { qualifyingFigure, qualifyingFigures } from './qualifying.ts';
export type { TierSettings } from './qualifying.ts';
export { upgradeTier } from './upgrade.ts';
export type { TierUpgrade } from './upgrade.ts';
export { reviewTiers } from './review.ts';
export type { TierReview } from './review.ts';
