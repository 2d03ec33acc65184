export { AppError, isAppError } from './errors.ts';
export type { AppErrorKind } from './errors.ts';
