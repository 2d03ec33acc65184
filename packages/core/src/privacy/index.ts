export { DATA_EXPORT_VERSION, exportCustomerData } from './data-export.ts';
export type { CustomerDataExport } from './data-export.ts';
export { ERASED_NAME, eraseCustomer } from './erasure.ts';
export { applyRetention, RETENTION_REASON } from './retention.ts';
export { getRetentionMonths, updateRetentionMonths } from './retention-settings.ts';
export { getRetentionStatus } from './retention-status.ts';
export type { RetentionStatus } from './retention-status.ts';
