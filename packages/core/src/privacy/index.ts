export { DATA_EXPORT_VERSION, exportCustomerData } from './data-export.ts';
export type { CustomerDataExport } from './data-export.ts';
export { ERASED_NAME, eraseCustomer } from './erasure.ts';
