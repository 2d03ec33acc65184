export {
  checkLadder,
  figureFallsBelowAt,
  nextTier,
  reviewOutcome,
  tierBelow,
  tierForFigure,
  tierKeptUntil,
} from './ladder.ts';
export type { FigurePart, LadderTier, ReviewOutcome } from './ladder.ts';
export {
  qualifyingFigure,
  qualifyingFigureOf,
  qualifyingFigures,
  qualifyingParts,
} from './qualifying.ts';
export type { CustomerFigure, TierSettings } from './qualifying.ts';
export { upgradeTier } from './upgrade.ts';
export type { TierUpgrade } from './upgrade.ts';
export { reviewTiers } from './review.ts';
export type { TierReview } from './review.ts';
export { getTierStatus } from './tier-status.ts';
export type { TierStatus, TierView } from './tier-status.ts';
export { listTiers, saveTierLadder } from './tier-admin.ts';
export type { TierInput } from './tier-admin.ts';
export { pinTier } from './tier-pin.ts';
export type { TierPin } from './tier-pin.ts';
export { changeToCelebrate, markTierCelebrated } from './celebration.ts';
export type { CelebratedChange } from './celebration.ts';
