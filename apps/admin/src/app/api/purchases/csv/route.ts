import { exportPurchasesCsv, toErrorResponse } from '@fidele/api';
import { getDb } from '@fidele/db';
import { currentStaff } from '@/auth.ts';
import { purchaseFilterFromQuery } from '@/app/(console)/purchases/purchase-filter.ts';

/** The purchases list as CSV, filtered by the same query string as the /purchases screen. */
export const GET = async (req: Request) => {
  const staff = await currentStaff();
  try {
    const stream = await exportPurchasesCsv(
      getDb(),
      staff ? { id: staff.id, role: staff.role } : undefined,
      purchaseFilterFromQuery(new URL(req.url).searchParams),
    );
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="purchases-${day}.csv"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status });
  }
};
