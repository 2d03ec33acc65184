export { getWaysToEarn } from './member-ways-to-earn.ts';
export type { WaysToEarn } from './member-ways-to-earn.ts';
export { waysToEarnOf } from './ways-to-earn.ts';
export type {
  BonusWay,
  ProductBonusWay,
  PromotionWay,
  PurchaseRate,
  ReferralWay,
  WaysToEarnRules,
} from './ways-to-earn.ts';
