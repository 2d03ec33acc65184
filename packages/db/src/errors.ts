import { Prisma } from './generated/prisma/client.ts';

/** True when a write failed on a unique constraint (Prisma P2002 or PostgreSQL 23505). */
export const isUniqueViolation = (error: unknown): boolean =>
  (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') ||
  (typeof error === 'object' && error !== null && 'code' in error && error.code === '23505');

/**
 * True when a write function failed its statement because its read no longer held (SQLSTATE
 * FG001, raised by the migrations' functions after they wrote): the caller decides again.
 */
export const isStaleWrite = (error: unknown): boolean => sqlStateOf(error) === 'FG001';

/** PostgreSQL's SQLSTATE of a failed statement, from `pg` or from Prisma's driver adapter. */
const sqlStateOf = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, meta } = error as { code?: unknown; meta?: unknown };
  const adapter = (
    meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined
  )?.driverAdapterError?.cause?.originalCode;
  return adapter ?? (typeof code === 'string' ? code : undefined);
};

// Prisma's codes for a server it cannot reach, a pool that gave no connection in time and a
// transaction that could not start or was cut; the driver adapter's kinds for the same; PostgreSQL's
// connection-exception and shutdown classes.
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionAlreadyClosed',
]);
const UNAVAILABLE_SQLSTATE = /^(08|57P0|53300)/;

/** True when a call failed because the database cannot be reached now, not because of the call. */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta, cause } = error as { code?: unknown; meta?: unknown; cause?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_PRISMA_CODES.has(code) || code === 'ECONNREFUSED'))
    return true;
  if (typeof code === 'string' && UNAVAILABLE_SQLSTATE.test(code)) return true;
  const adapter = (meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)
    ?.driverAdapterError?.cause?.kind;
  if (adapter && UNAVAILABLE_ADAPTER_KINDS.has(adapter)) return true;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause);
};
