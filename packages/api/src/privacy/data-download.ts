import { exportCustomerData, type CustomerDataExport } from '@fidele/core/privacy';
import type { Db } from '@fidele/db';
import { uuid } from '@fidele/validators';
import { toErrorResponse } from '../app-error.ts';
import { type ExportingStaff, requirePermission } from '../staff/csv-stream.ts';

/**
 * The answer of a data download route (the portal's for the customer, the admin's for the
 * owner): her data as a JSON attachment named after her member code, or the error in the API's
 * JSON error shape (401, 403, 404, 429 with its Retry-After).
 */
export const dataDownload = async (make: () => Promise<CustomerDataExport>): Promise<Response> => {
  try {
    const data = await make();
    const day = data.exportedAt.toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="fidele-data-${data.customer.memberCode}-${day}.json"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    const { status, body, retryAfterSeconds } = toErrorResponse(error);
    return Response.json(body, {
      status,
      ...(retryAfterSeconds ? { headers: { 'retry-after': String(retryAfterSeconds) } } : {}),
    });
  }
};

/** A customer's data downloaded by the owner at her request (GDPR access), audited. */
export const exportCustomerDataForStaff = async (
  db: Db,
  staff: ExportingStaff | undefined,
  customerId: string,
): Promise<CustomerDataExport> => {
  requirePermission(staff, 'customers:export-data');
  return exportCustomerData(db, uuid.parse(customerId), { type: 'STAFF', id: staff.id });
};
