export { basePurchasePoints } from './base-points.ts';
export { recordPurchase } from './record-purchase.ts';
export type { NewPurchase, PurchaseLine, RecordedPurchase } from './record-purchase.ts';
