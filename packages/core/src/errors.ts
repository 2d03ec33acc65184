/**
 * The one error type of the domain. `kind` says what went wrong in transport-neutral terms (the
 * API maps it once to HTTP and tRPC codes); `code` is the stable snake_case code clients match on.
 */
export type AppErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'rate_limited'
  | 'unavailable';

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly code: string;

  constructor(kind: AppErrorKind, code: string, message: string) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
