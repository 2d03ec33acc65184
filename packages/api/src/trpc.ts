import {
  type ApiScope,
  authenticateApiKey,
  requireScope,
  type Terminal,
} from '@fidele/core/api-keys';
import { type IdempotencyScope, runIdempotent } from '@fidele/core/idempotency';
import type { Db, StaffRole, Tx } from '@fidele/db';
import { can, type Permission } from '@fidele/auth/permissions';
import { AppError, isAppError } from '@fidele/core';
import type { EnrolmentMail } from '@fidele/core/customers';
import { consumeRateLimit, type RateLimitPolicy } from '@fidele/core/rate-limits';
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { toTRPCError } from './app-error.ts';

/**
 * What every procedure sees. The HTTP layer fills in what it knows about the caller; procedure
 * builders below check it. `response` lets a REST procedure choose its status (e.g. 200 for a
 * purchase already recorded) and tells the REST layer when a response was replayed.
 */
export type Context = {
  db: Db;
  /** The raw `Authorization: Bearer` key of a till or e-shop. */
  bearer?: string;
  idempotency?: Omit<IdempotencyScope, 'apiKeyId'>;
  response: { status?: number; replayed?: boolean };
  /** The signed-in customer (portal session). */
  customer?: { id: string };
  /** The signed-in staff member (admin session). */
  staff?: { id: string; role: StaffRole };
  /** The client's address, for per-address limits (see `clientAddressOf`). */
  clientAddress?: string;
  /** How the portal tells a person signing up what happened (by email, never in the answer). */
  enrolmentMail?: EnrolmentMail;
};

export type Meta = OpenApiMeta & { successStatus?: number };

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // The domain's own code (e.g. `insufficient_points`) lets a client explain a refusal in its
    // language, where the tRPC code alone is ambiguous (two refusals can share UNPROCESSABLE).
    // A failure of the server (a lost database, a bug) says only that: its text and stack stay
    // in the server's log.
    errorFormatter: ({ shape, error }) => {
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        ...shape,
        message: internal ? 'Something went wrong on our side.' : shape.message,
        data: {
          ...shape.data,
          stack: internal ? undefined : shape.data.stack,
          appCode: isAppError(error.cause) ? error.cause.code : undefined,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure: domain errors leave as tRPC errors of the same meaning. */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error.cause ?? result.error);
  return result;
});

/** Anyone, at most `policy`'s uses per client address: for what costs the platform to answer. */
export const addressLimitedProcedure = (policy: RateLimitPolicy) =>
  publicProcedure.use(async ({ ctx, next }) => {
    await consumeRateLimit(ctx.db, policy, ctx.clientAddress ?? 'unknown');
    return next();
  });

/** A signed-in customer of the portal. */
export const customerProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.customer) throw new AppError('unauthorized', 'unauthorized', 'Please sign in.');
  return next({ ctx: { customer: ctx.customer } });
});

/** A signed-in staff member whose role grants `permission`. */
export const staffProcedure = (permission: Permission) =>
  publicProcedure.use(({ ctx, next }) => {
    if (!ctx.staff) throw new AppError('unauthorized', 'unauthorized', 'Please sign in.');
    if (!can(ctx.staff.role, permission))
      throw new AppError('forbidden', 'forbidden', `Your role cannot do this (${permission}).`);
    return next({ ctx: { staff: ctx.staff } });
  });

/** A till or the e-shop, authenticated by its API key, holding `scope`. */
export const terminalProcedure = (scope: ApiScope) =>
  publicProcedure.use(async ({ ctx, next }) => {
    const terminal = await authenticateApiKey(ctx.db, ctx.bearer);
    requireScope(terminal, scope);
    return next({ ctx: { terminal } });
  });

/**
 * A terminal write: `transact` runs the effect in one transaction together with its idempotency
 * record, so a retried request replays the first response instead of acting twice.
 */
export const terminalMutation = (scope: ApiScope) =>
  terminalProcedure(scope).use(async ({ ctx, meta, next }) => {
    const transact = async <T>(effect: (tx: Tx) => Promise<T>): Promise<T> => {
      const scope = ctx.idempotency && { ...ctx.idempotency, apiKeyId: ctx.terminal.apiKeyId };
      const result = await runIdempotent(ctx.db, scope, async (tx) => {
        const body = await effect(tx);
        return { status: ctx.response.status ?? meta?.successStatus ?? 201, body };
      });
      ctx.response.status = result.status;
      ctx.response.replayed = result.replayed;
      return result.body;
    };
    return next({ ctx: { transact } });
  });

export type { Terminal };
