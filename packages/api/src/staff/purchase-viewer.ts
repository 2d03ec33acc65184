import { can } from '@fidele/auth/permissions';
import type { PurchaseViewer } from '@fidele/core/purchases';
import type { StaffRole } from '@fidele/db';

/** Staff without `purchases:all-shops` see only the purchases of the shops they work in. */
export const purchaseViewer = (staff: { id: string; role: StaffRole }): PurchaseViewer => ({
  staffUserId: staff.id,
  allShops: can(staff.role, 'purchases:all-shops'),
});
