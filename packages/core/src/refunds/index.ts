export { refundPurchase } from './refund-purchase.ts';
export type { RecordedRefund, RefundRequest } from './refund-purchase.ts';
export { amountOfReturnedLines } from './refund-lines.ts';
export type { ReturnedLine, SoldLine } from './refund-lines.ts';
export { pointsDueFor, pointsOwedAfter } from './refund-points.ts';
export type { RefundablePurchase } from './refund-points.ts';
