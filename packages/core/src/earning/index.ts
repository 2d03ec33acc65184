export { computeEarn, isoWeekday, livePromotions, ruleApplies } from './engine.ts';
export type {
  Basket,
  BasketLine,
  EarnContext,
  EarnLine,
  EarnResult,
  EarnRuleData,
  EarnStep,
} from './engine.ts';
export { earnContextFor, loadEarnRules, PROGRAMME_TIME_ZONE } from './programme.ts';
export { quoteBasket } from './quote.ts';
