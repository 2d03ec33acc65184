export { listCatalogFor, listCodesOf } from './catalog.ts';
export type { CatalogReward, CustomerCode } from './catalog.ts';
export { cancelCode } from './cancel.ts';
export { claimReward, rewardNotFound } from './claim.ts';
export {
  CODE_ALPHABET,
  formatCode,
  generateDiscountCode,
  isWellFormedCode,
  normalizeCode,
} from './code-format.ts';
export { amountOff, checkCode, usableOn } from './discount.ts';
export type { CodeCheck, CodeRefusal, CodeState, DiscountTerms } from './discount.ts';
export {
  linkRedemptionsToPurchase,
  redeemCode,
  rollbackRedemption,
  validateCode,
} from './redemption.ts';
export type { CodeUse } from './redemption.ts';
export { discountTermsSelect, toDiscountView } from './terms.ts';
export type { DiscountView, IssuedCode } from './terms.ts';
export {
  createReward,
  listRewardsForAdmin,
  setRewardArchived,
  updateReward,
} from './catalog-admin.ts';
export type { RewardData } from './catalog-admin.ts';
export { getCodeLife, listRedemptions } from './code-admin.ts';
export { listRedemptionShops, listRedemptionsSeenBy } from './redemption-scope.ts';
export { listTierChoices } from './tier-choices.ts';
export { listCodesForTerminal } from './terminal-codes.ts';
export type { TerminalCode } from './terminal-codes.ts';
export { newRewardCode } from './reward-code.ts';
export type { RewardCodeTerms } from './reward-code.ts';
