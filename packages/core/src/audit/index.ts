export * from './audit-actions.ts';
export * from './audit-changes.ts';
export { editOf, recordAudit } from './audit-log.ts';
export type { AuditEntry } from './audit-log.ts';
export type { AuditRef } from './audit-names.ts';
export { eachAuditEntry, listAuditEntries } from './audit-trail.ts';
export type { AuditEntryView, AuditFilter, AuditPage } from './audit-trail.ts';
export { AUDIT_CSV_HEADER, auditCsvRow } from './audit-csv.ts';
export type { AuditCsvWords } from './audit-csv.ts';
