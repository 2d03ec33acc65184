import {
  AUDIT_CSV_HEADER,
  type AuditCsvWords,
  auditCsvRow,
  eachAuditEntry,
  recordAudit,
} from '@fidele/core/audit';
import type { Db } from '@fidele/db';
import { auditFilterInput } from '@fidele/validators';
import { csvStream, type ExportingStaff, requirePermission } from './csv-stream.ts';

/**
 * The audit log as CSV, filtered like `audit.list` (the same query string), in the reader's
 * words. The export is itself audited (`audit.export`, with its filters) before it is read, so
 * the file starts with it.
 */
export const exportAuditCsv = async (
  db: Db,
  staff: ExportingStaff | undefined,
  filter: unknown,
  words: AuditCsvWords,
): Promise<ReadableStream<Uint8Array>> => {
  requirePermission(staff, 'audit:read');
  const input = auditFilterInput.parse(filter);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: { type: 'STAFF', id: staff.id },
      action: 'audit.export',
      target: { type: 'audit', id: 'log' },
      data: { filters: JSON.parse(JSON.stringify(input)) },
    }),
  );
  return csvStream(AUDIT_CSV_HEADER, eachAuditEntry(db, input), (entry) =>
    auditCsvRow(entry, words),
  );
};
