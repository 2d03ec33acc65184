import { csvDownload, exportPurchasesCsv } from '@fidele/api';
import { getDb } from '@fidele/db';
import { currentStaff } from '@/auth.ts';
import { purchaseFilterFromQuery } from '@/app/(console)/purchases/purchase-filter.ts';

/** The purchases list as CSV, filtered by the same query string as the /purchases screen. */
export const GET = async (req: Request) => {
  const staff = await currentStaff();
  return csvDownload(async () => ({
    filename: `purchases-${new Date().toISOString().slice(0, 10)}.csv`,
    stream: await exportPurchasesCsv(
      getDb(),
      staff ? { id: staff.id, role: staff.role } : undefined,
      purchaseFilterFromQuery(new URL(req.url).searchParams),
    ),
  }));
};
