export { createCallerFactory, router } from './trpc.ts';
export type { Context, Meta } from './trpc.ts';
export { describeZodError, httpStatuses, toErrorResponse } from './app-error.ts';
export type { ErrorBody } from './app-error.ts';
export { staffRouter } from './staff/index.ts';
export type { StaffRouter } from './staff/index.ts';
export { customerRouter } from './customer/index.ts';
export type { CustomerRouter } from './customer/index.ts';
export { exportPurchasesCsv } from './staff/purchases-export.ts';
