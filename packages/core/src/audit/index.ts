export { recordAudit } from './audit-log.ts';
export type { AuditEntry } from './audit-log.ts';
export { auditWhere, listAuditEntries } from './audit-trail.ts';
export type { AuditEntryView, AuditFilter, AuditPage } from './audit-trail.ts';
