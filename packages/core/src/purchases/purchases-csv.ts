import { csvLine } from '../csv/index.ts';
import { minorUnitDigits } from '../money/index.ts';
import type { PurchaseRow } from './purchase-list.ts';

export const PURCHASE_CSV_HEADER = [
  'date',
  'channel',
  'shop',
  'member_code',
  'customer',
  'receipt',
  'currency',
  'amount',
  'points_earned',
  'refunded_amount',
  'points_clawed_back',
] as const;

/** Minor units as a plain decimal (1999 EUR → 19.99), which every spreadsheet reads as a number. */
const decimal = (minor: number, currency: string) => {
  const digits = minorUnitDigits(currency);
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
};

export const purchaseCsvRow = (row: PurchaseRow) =>
  csvLine([
    row.occurredAt.toISOString(),
    row.channel,
    row.shop.name,
    row.customer?.memberCode ?? '',
    row.customer ? [row.customer.firstName, row.customer.lastName].filter(Boolean).join(' ') : '',
    row.externalId,
    row.currency,
    decimal(row.amount, row.currency),
    String(row.pointsEarned),
    decimal(row.refundedAmount, row.currency),
    String(row.pointsClawedBack),
  ]);
