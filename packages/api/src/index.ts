export { createCallerFactory, router } from './trpc.ts';
export type { Context, Meta } from './trpc.ts';
export { describeZodError, httpStatuses, toErrorResponse } from './app-error.ts';
export type { ErrorBody } from './app-error.ts';
