import { eachPurchase, PURCHASE_CSV_HEADER, purchaseCsvRow } from '@fidele/core/purchases';
import type { Db } from '@fidele/db';
import { purchaseListInput } from '@fidele/validators';
import { purchaseViewer } from './purchase-viewer.ts';
import { csvStream, type ExportingStaff, requirePermission } from './csv-stream.ts';

/** The purchases list as CSV, filtered like `purchases.list` (the same query string). */
export const exportPurchasesCsv = async (
  db: Db,
  staff: ExportingStaff | undefined,
  filter: unknown,
): Promise<ReadableStream<Uint8Array>> => {
  requirePermission(staff, 'customers:read');
  const { page: _page, pageSize: _pageSize, ...input } = purchaseListInput.parse(filter);
  const rows = eachPurchase(db, { ...input, ...purchaseViewer(staff) });
  return csvStream(PURCHASE_CSV_HEADER, rows, purchaseCsvRow);
};
