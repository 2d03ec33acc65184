export { recordPurchase } from './record-purchase.ts';
export type { NewPurchase, PurchaseLine, RecordedPurchase } from './record-purchase.ts';
export { listCustomerPurchases } from './customer-purchases.ts';
export type { ChannelPurchases, CustomerPurchases, PurchaseView } from './customer-purchases.ts';
