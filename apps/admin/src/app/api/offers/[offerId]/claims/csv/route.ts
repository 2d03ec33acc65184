import { csvDownload, exportOfferClaimsCsv } from '@fidele/api';
import { getDb } from '@fidele/db';
import { currentStaff } from '@/auth.ts';

/** An offer's claims as CSV. */
export const GET = async (_: Request, { params }: { params: Promise<{ offerId: string }> }) => {
  const staff = await currentStaff();
  const { offerId } = await params;
  return csvDownload(() =>
    exportOfferClaimsCsv(getDb(), staff ? { id: staff.id, role: staff.role } : undefined, {
      offerId,
    }),
  );
};
