import { type AppErrorKind, isAppError } from '@fidele/core';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

const trpcCodes: Record<AppErrorKind, TRPC_ERROR_CODE_KEY> = {
  bad_request: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  unprocessable: 'UNPROCESSABLE_CONTENT',
  rate_limited: 'TOO_MANY_REQUESTS',
  unavailable: 'SERVICE_UNAVAILABLE',
};

export const httpStatuses: Record<AppErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

/**
 * Turns a domain error into the tRPC error of the same meaning, keeping it as the cause. Invalid
 * input (a ZodError, the cause of tRPC's own input error) stays a BAD_REQUEST, not a 500.
 */
export const toTRPCError = (error: unknown): unknown => {
  if (isAppError(error))
    return new TRPCError({ code: trpcCodes[error.kind], message: error.message, cause: error });
  if (error instanceof ZodError)
    return new TRPCError({ code: 'BAD_REQUEST', message: describeZodError(error), cause: error });
  return error;
};

export type ErrorBody = { error: { code: string; message: string } };

/** Names the first offending field, as the REST contract asks: "amount: Must not be negative". */
export const describeZodError = (error: ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'Invalid request';
  const field = issue.path.join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
};

/** The REST status and body for any error a procedure throws; unknown errors become a 500. */
export const toErrorResponse = (error: unknown): { status: number; body: ErrorBody } => {
  const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
  if (isAppError(cause))
    return {
      status: httpStatuses[cause.kind],
      body: { error: { code: cause.code, message: cause.message } },
    };
  if (cause instanceof ZodError)
    return {
      status: 400,
      body: { error: { code: 'invalid_request', message: describeZodError(cause) } },
    };
  if (error instanceof TRPCError && error.code === 'BAD_REQUEST')
    return { status: 400, body: { error: { code: 'invalid_request', message: error.message } } };
  return {
    status: 500,
    body: { error: { code: 'internal_error', message: 'Something went wrong on our side.' } },
  };
};
