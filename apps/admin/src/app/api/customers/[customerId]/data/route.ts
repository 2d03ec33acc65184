import { dataDownload, exportCustomerDataForStaff } from '@fidele/api';
import { getDb } from '@fidele/db';
import { currentStaff } from '@/auth.ts';

/** A customer's data as she would download it, for the owner answering her request. */
export const GET = async (_: Request, { params }: { params: Promise<{ customerId: string }> }) => {
  const { customerId } = await params;
  const staff = await currentStaff();
  return dataDownload(() =>
    exportCustomerDataForStaff(
      getDb(),
      staff ? { id: staff.id, role: staff.role } : undefined,
      customerId,
    ),
  );
};
