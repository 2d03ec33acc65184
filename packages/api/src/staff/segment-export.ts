import { csvLine } from '@fidele/core/csv';
import { eachSegmentMember, getSegment, type SegmentMember } from '@fidele/core/segments';
import type { Db } from '@fidele/db';
import { segmentIdInput } from '@fidele/validators';
import { csvFilename, csvStream, type ExportingStaff, requirePermission } from './csv-stream.ts';

const HEADER = [
  'member_code',
  'first_name',
  'last_name',
  'email',
  'tier',
  'points_balance',
  'signed_up',
] as const;

const memberLine = (member: SegmentMember) =>
  csvLine([
    member.memberCode,
    member.firstName,
    member.lastName ?? '',
    member.email,
    member.tierCode,
    String(member.pointsBalance),
    member.createdAt.toISOString(),
  ]);

/** A saved segment's members as CSV, computed now. */
export const exportSegmentCsv = async (
  db: Db,
  staff: ExportingStaff | undefined,
  query: unknown,
): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> => {
  requirePermission(staff, 'customers:read');
  const segment = await getSegment(db, segmentIdInput.parse(query).segmentId);
  return {
    filename: csvFilename('segment', segment.name),
    stream: await csvStream(HEADER, eachSegmentMember(db, segment.rule), memberLine),
  };
};
