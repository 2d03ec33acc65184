import {
  AppError,
  type ErrorCode,
  type ErrorStatus,
  errorCatalogue,
  isAppError,
} from '@fidele/core';
import { isRateLimitedError } from '@fidele/core/rate-limits';
import { isDatabaseUnavailable } from '@fidele/db';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

const trpcCodes: Record<ErrorStatus, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'BAD_REQUEST',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'TOO_MANY_REQUESTS',
  431: 'BAD_REQUEST',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

/** How long a client should wait before retrying a 503: the database is usually back quickly. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Turns a domain error into the tRPC error of the same meaning, keeping it as the cause. Invalid
 * input (a ZodError, the cause of tRPC's own input error) stays a BAD_REQUEST, not a 500; an
 * unreachable database is a 503 `service_unavailable`, so the caller knows to retry.
 */
export const toTRPCError = (error: unknown): unknown => {
  const cause = isDatabaseUnavailable(error) ? new AppError('service_unavailable') : error;
  if (isAppError(cause))
    return new TRPCError({ code: trpcCodes[cause.status], message: cause.message, cause });
  if (cause instanceof ZodError)
    return new TRPCError({ code: 'BAD_REQUEST', message: describeZodError(cause), cause });
  return cause;
};

export type ErrorBody = { error: { code: ErrorCode; message: string } };

/** The REST body of a catalogued error, with the catalogue's message unless one is given. */
export const errorBody = (code: ErrorCode, message?: string): ErrorBody => ({
  error: { code, message: message ?? errorCatalogue[code].message },
});

/** Names the first offending field, as the REST contract asks: "amount: Must not be negative". */
export const describeZodError = (error: ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'Invalid request';
  const field = issue.path.join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
};

/**
 * Zod's issues as forms use them: messages per field, keyed by the field's dotted path
 * (`tiers.2.threshold`), and the ones about the whole input. Like `z.flattenError`, but nested
 * fields keep their full path so a table row can show its own error.
 */
export type FieldErrors = { formErrors: string[]; fieldErrors: Record<string, string[]> };

export const flattenZodIssues = (error: ZodError): FieldErrors => {
  const flat: FieldErrors = { formErrors: [], fieldErrors: {} };
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (!field) flat.formErrors.push(issue.message);
    else (flat.fieldErrors[field] ??= []).push(issue.message);
  }
  return flat;
};

export type ErrorResponse = { status: number; body: ErrorBody; retryAfterSeconds?: number };

/** The REST status and body for any error a procedure throws; unknown errors become a 500. */
export const toErrorResponse = (error: unknown): ErrorResponse => {
  const raw = error instanceof TRPCError ? (error.cause ?? error) : error;
  const cause = isDatabaseUnavailable(raw) ? new AppError('service_unavailable') : raw;
  if (isAppError(cause))
    return {
      status: cause.status,
      body: errorBody(cause.code, cause.message),
      ...(cause.status === 503 ? { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS } : {}),
      ...(isRateLimitedError(cause) ? { retryAfterSeconds: cause.retryAfterSeconds } : {}),
    };
  if (cause instanceof ZodError)
    return { status: 400, body: errorBody('invalid_request', describeZodError(cause)) };
  if (error instanceof TRPCError && error.code === 'BAD_REQUEST')
    return { status: 400, body: errorBody('invalid_request', error.message) };
  return { status: 500, body: errorBody('internal_error') };
};
