import { can } from '@fidele/auth/permissions';
import { AppError } from '@fidele/core';
import {
  eachPurchase,
  PURCHASE_CSV_HEADER,
  purchaseCsvLine,
  purchaseCsvRow,
} from '@fidele/core/purchases';
import type { Db, StaffRole } from '@fidele/db';
import { purchaseListInput } from '@fidele/validators';

/**
 * The purchases list as CSV, filtered like `purchases.list` (the same query string), streamed
 * row by row so a large export starts at once and never sits whole in memory.
 */
export const exportPurchasesCsv = async (
  db: Db,
  staff: { id: string; role: StaffRole } | undefined,
  filter: unknown,
): Promise<ReadableStream<Uint8Array>> => {
  if (!staff) throw new AppError('unauthorized', 'unauthorized', 'Please sign in.');
  if (!can(staff.role, 'customers:read'))
    throw new AppError('forbidden', 'forbidden', 'Your role cannot do this (customers:read).');
  const { page: _page, pageSize: _pageSize, ...input } = purchaseListInput.parse(filter);
  const rows = eachPurchase(db, {
    ...input,
    staffUserId: staff.id,
    allShops: can(staff.role, 'purchases:all-shops'),
  });
  // The first row is read before answering, so a refused filter fails the request, not the file.
  let next = await rows.next();
  const encoder = new TextEncoder();
  return new ReadableStream({
    // A byte-order mark so spreadsheets read accents in shop and customer names right.
    start: (controller) =>
      controller.enqueue(encoder.encode(`\uFEFF${purchaseCsvLine(PURCHASE_CSV_HEADER)}`)),
    pull: async (controller) => {
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(purchaseCsvRow(next.value)));
      next = await rows.next();
    },
  });
};
