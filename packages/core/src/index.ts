export { AppError, codesWithStatus, errorCatalogue, isAppError } from './errors.ts';
export type { ErrorCode, ErrorStatus } from './errors.ts';
