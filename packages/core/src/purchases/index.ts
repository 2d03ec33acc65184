export { recordPurchase } from './record-purchase.ts';
export type { NewPurchase, PurchaseLine, RecordedPurchase } from './record-purchase.ts';
export { getMyPurchase } from './my-purchase.ts';
export type {
  EarnDetailLine,
  MyPurchase,
  MyPurchaseLine,
  MyPurchaseRefund,
} from './my-purchase.ts';
export { listCustomerPurchases } from './customer-purchases.ts';
export type { ChannelPurchases, CustomerPurchases, PurchaseView } from './customer-purchases.ts';
export { eachPurchase, listPurchases, purchaseWhere } from './purchase-list.ts';
export type { PurchaseFilter, PurchaseRow, PurchaseViewer } from './purchase-list.ts';
export { PURCHASE_CSV_HEADER, purchaseCsvRow } from './purchases-csv.ts';
export { claimReceipt } from './claim-receipt.ts';
export type { ClaimedReceipt } from './claim-receipt.ts';
export {
  formatClaimCode,
  generateClaimCode,
  isWellFormedClaimCode,
  normalizeClaimCode,
} from './claim-code.ts';
