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
export {
  earnContextFor,
  loadEarnRules,
  lockedEarnContext,
  pointsEarnedOnDayOf,
  PROGRAMME_TIME_ZONE,
} from './programme.ts';
export { latestProgrammeConfig, programmeConfig } from './programme-config.ts';
export type { ProgrammeConfig } from './programme-config.ts';
export { quoteBasket } from './quote.ts';
export {
  createEarnRule,
  listEarnRulesForAdmin,
  setEarnRuleArchived,
  updateEarnRule,
} from './rule-admin.ts';
export type { EarnRuleInputData } from './rule-admin.ts';
export { simulateBasket } from './simulate.ts';
export { getProgrammeSettings, updateProgrammeSettings } from './programme-settings.ts';
export type { ProgrammeSettings } from './programme-settings.ts';
export type { ProgrammeSettingsData } from './programme-settings.ts';
export {
  awardBonus,
  BONUS_KINDS,
  BONUS_SOURCE_TYPE,
  bonusRuleFor,
  bonusSourceId,
  bonusSourceIdIn,
  grantBonus,
} from './bonuses.ts';
export type { BonusEvent, BonusKind, GrantedBonus } from './bonuses.ts';
export { awardBirthdayBonuses, birthdayCustomerIds } from './bonuses-birthday.ts';
