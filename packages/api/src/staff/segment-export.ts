import { can } from '@fidele/auth/permissions';
import { csvLine } from '@fidele/core/csv';
import { eachSegmentMember, getSegment, type SegmentMember } from '@fidele/core/segments';
import type { Db } from '@fidele/db';
import { segmentIdInput } from '@fidele/validators';
import { csvFilename, csvStream, type ExportingStaff, requirePermission } from './csv-stream.ts';

/** The export's columns; `contact` ones only go to staff who may export contact details. */
const COLUMNS: { name: string; value: (member: SegmentMember) => string; contact?: true }[] = [
  { name: 'member_code', value: (member) => member.memberCode },
  { name: 'first_name', value: (member) => member.firstName },
  { name: 'last_name', value: (member) => member.lastName ?? '' },
  { name: 'email', value: (member) => member.email, contact: true },
  { name: 'tier', value: (member) => member.tierCode },
  { name: 'points_balance', value: (member) => String(member.pointsBalance) },
  { name: 'signed_up', value: (member) => member.createdAt.toISOString() },
];

/** A saved segment's members as CSV, computed now; emails only to staff who may export them. */
export const exportSegmentCsv = async (
  db: Db,
  staff: ExportingStaff | undefined,
  query: unknown,
): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> => {
  requirePermission(staff, 'customers:read');
  const segment = await getSegment(db, segmentIdInput.parse(query).segmentId);
  const contacts = can(staff.role, 'customers:export-contacts');
  const columns = COLUMNS.filter((column) => contacts || !column.contact);
  return {
    filename: csvFilename('segment', segment.name),
    stream: await csvStream(
      columns.map((column) => column.name),
      eachSegmentMember(db, segment.rule),
      (member) => csvLine(columns.map((column) => column.value(member))),
    ),
  };
};
