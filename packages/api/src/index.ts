export { createCallerFactory, router } from './trpc.ts';
export { handleTrpcRequest } from './http-handler.ts';
export type { Context, Meta } from './trpc.ts';
export {
  describeZodError,
  errorBody,
  toErrorResponse,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
} from './app-error.ts';
export type { ErrorBody, ErrorResponse, FieldErrors } from './app-error.ts';
export { formRefusalOf } from './refusal.ts';
export type { FormRefusal } from './refusal.ts';
export { staffRouter } from './staff/index.ts';
export type { StaffRouter } from './staff/index.ts';
export { customerRouter } from './customer/index.ts';
export type { CustomerRouter } from './customer/index.ts';
export { exportAuditCsv } from './staff/audit-export.ts';
export { exportPurchasesCsv } from './staff/purchases-export.ts';
export { exportSegmentCsv } from './staff/segment-export.ts';
export { exportOfferClaimsCsv } from './staff/offer-claims-export.ts';
export { csvDownload } from './staff/csv-stream.ts';
export { dataDownload, exportCustomerDataForStaff } from './privacy/data-download.ts';
export type { MailContext } from './password-mail.ts';
