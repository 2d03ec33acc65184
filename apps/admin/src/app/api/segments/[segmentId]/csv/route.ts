import { csvDownload, exportSegmentCsv } from '@fidele/api';
import { getDb } from '@fidele/db';
import { currentStaff } from '@/auth.ts';

/** A saved segment's members as CSV, computed at the time of the download. */
export const GET = async (_: Request, { params }: { params: Promise<{ segmentId: string }> }) => {
  const staff = await currentStaff();
  const { segmentId } = await params;
  return csvDownload(() =>
    exportSegmentCsv(getDb(), staff ? { id: staff.id, role: staff.role } : undefined, {
      segmentId,
    }),
  );
};
