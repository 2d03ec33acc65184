export { recordAudit } from './audit-log.ts';
export type { AuditEntry } from './audit-log.ts';
