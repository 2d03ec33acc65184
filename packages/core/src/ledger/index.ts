export {
  PROGRAMME_SLOTS,
  accountCodeIn,
  debtAccountCode,
  pendingAccountCode,
  programmeAccountCode,
  programmeSlotCode,
} from './accounts.ts';
export { planMovement } from './movement-plan.ts';
export type { CustomerBalances, LotState, MovementPlan, Shortfall } from './movement-plan.ts';
export { openCustomerAccount, recordMovement } from './record-movement.ts';
export type { MovementInput, RecordedMovement } from './record-movement.ts';
export { listMovements } from './history.ts';
export type {
  HistoryContest,
  HistoryExpiry,
  HistoryInvitation,
  HistoryReferral,
  HistoryRefund,
  HistoryReward,
  HistoryGame,
  HistoryItem,
  HistoryPurchase,
  MovementView,
} from './history.ts';
export {
  adjustPoints,
  checkAdjustment,
  CUSTOMER_REASON_LENGTH,
  MAX_ADJUSTMENT,
  REASON_LENGTH,
} from './adjust-points.ts';
export type { AdjustedPoints, PointsAdjustment } from './adjust-points.ts';
export {
  HISTORY_PAGE_SIZE,
  listCustomerHistoryPage,
  listHistoryPage,
  toHistoryPage,
} from './history-page.ts';
export type { CustomerHistoryItem, HistoryPage } from './history-page.ts';
export { getPointsOutlook } from './points-outlook.ts';
export type { PointsOutlook } from './points-outlook.ts';
export { expirePoints, releasePendingPoints } from './lot-jobs.ts';
export type { LotJobResult } from './lot-jobs.ts';
export { balancesAfter, plannedMovement } from './planned-movement.ts';
export type { PlannedMovement } from './planned-movement.ts';
export { decideOnCustomer, decideOnRead, STALE } from './decide-on-customer.ts';
