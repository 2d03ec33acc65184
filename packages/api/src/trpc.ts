import {
  type ApiKeyCache,
  type ApiScope,
  authenticateApiKey,
  requireScope,
  type Terminal,
} from '@fidele/core/api-keys';
import {
  type Answer,
  type IdempotencyScope,
  ReplayedRefusal,
  runIdempotent,
} from '@fidele/core/idempotency';
import type { Db, StaffRole, Tx } from '@fidele/db';
import { can, type Permission } from '@fidele/auth/permissions';
import { AppError, type ErrorCode, isAppError } from '@fidele/core';
import { unstorableTextMessage, unstorableTextPath } from '@fidele/validators';
import type { EnrolmentMail } from '@fidele/core/customers';
import { consumeRateLimit, type RateLimitPolicy } from '@fidele/core/rate-limits';
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { ZodError } from 'zod';
import { flattenZodIssues, toTRPCError } from './app-error.ts';
import type { MessageLinks } from '@fidele/messaging';
import type { MailContext } from './password-mail.ts';

/**
 * What every procedure sees. The HTTP layer fills in what it knows about the caller; procedure
 * builders below check it. `response` lets a REST procedure choose its status (e.g. 200 for a
 * purchase already recorded) and tells the REST layer when a response was replayed.
 */
export type Context = {
  db: Db;
  /** The raw `Authorization: Bearer` key of a till or e-shop. */
  bearer?: string;
  /** The API server's keys in memory; without it, each request reads its key from the database. */
  apiKeys?: Pick<ApiKeyCache, 'authenticate'>;
  /** A terminal the HTTP layer authenticated itself: an e-shop's order webhook, by its signature. */
  terminal?: Terminal;
  idempotency?: Omit<IdempotencyScope, 'owner'>;
  response: { status?: number; replayed?: boolean };
  /** The signed-in customer (portal session); `sessionId` names their browser's session. */
  customer?: { id: string; sessionId?: string };
  /** The signed-in staff member (admin session), their role read from the database. */
  staff?: { id: string; role: StaffRole; sessionId?: string };
  /** The client's address, for per-address limits (see `clientAddressOf`). */
  clientAddress?: string;
  /** The portal's id of the customer's browser (a cookie), for the admin's look at game plays. */
  device?: string;
  /** How the portal tells a person signing up what happened (by email, never in the answer). */
  enrolmentMail?: EnrolmentMail;
  /** How the app sends the emails some procedures send (password links), and its public URL. */
  mail?: MailContext;
  /** Where customers' messages link to (the portal), for the admin's previews of them. */
  messageLinks?: MessageLinks;
  /** The secret that signs messages' unsubscribe links (the portal checks them). */
  messageLinkSecret?: string;
  /** Webhook endpoints may be http:// on this machine (a development platform, the e2e suite). */
  allowLocalHttpWebhooks?: boolean;
};

export type Meta = OpenApiMeta & {
  successStatus?: number;
  /** The status when the same resource was sent again (the first answer, nothing done twice). */
  resentStatus?: number;
  /** The domain's refusals this procedure can answer, besides those every request can get. */
  errors?: ErrorCode[];
  /** A POST that changes nothing (a quote, a check): its answers are not kept under a key. */
  readOnly?: boolean;
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // The domain's own code (e.g. `insufficient_points`) and its details let a client explain a
    // refusal in its language, where the tRPC code alone is ambiguous (two refusals can share
    // UNPROCESSABLE); refused input carries zod's issues per field, so forms show them in place.
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
          appDetails: isAppError(error.cause) ? error.cause.details : undefined,
          zodError: error.cause instanceof ZodError ? flattenZodIssues(error.cause) : undefined,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure: domain errors leave as tRPC errors of the same meaning, and text no database
 * can store (a NUL, an unpaired surrogate) is refused as invalid input before anything reads it.
 */
export const publicProcedure = t.procedure
  .use(async ({ next }) => {
    const result = await next();
    if (!result.ok) throw toTRPCError(result.error.cause ?? result.error);
    return result;
  })
  .use(async ({ getRawInput, next }) => {
    const at = unstorableTextPath(await getRawInput());
    if (at) throw new AppError('invalid_request', unstorableTextMessage(at));
    return next();
  });

/** At most `policy`'s uses per client address, added to a procedure of any caller. */
export const addressLimit = (policy: RateLimitPolicy) =>
  t.middleware(async ({ ctx, next }) => {
    await consumeRateLimit(ctx.db, policy, ctx.clientAddress ?? 'unknown');
    return next();
  });

/** Anyone, at most `policy`'s uses per client address: for what costs the platform to answer. */
export const addressLimitedProcedure = (policy: RateLimitPolicy) =>
  publicProcedure.use(addressLimit(policy));

/** A signed-in customer of the portal. */
export const customerProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.customer) throw new AppError('unauthorized');
  return next({ ctx: { customer: ctx.customer } });
});

/** A signed-in staff member whose role grants `permission`. */
export const staffProcedure = (permission: Permission) =>
  publicProcedure.use(({ ctx, next }) => {
    if (!ctx.staff) throw new AppError('unauthorized');
    if (!can(ctx.staff.role, permission))
      throw new AppError('forbidden', `Your role cannot do this (${permission}).`);
    return next({ ctx: { staff: ctx.staff } });
  });

/** A till or the e-shop, authenticated by its API key (or already, by its webhook signature), holding `scope`. */
export const terminalProcedure = (scope: ApiScope) =>
  publicProcedure.use(async ({ ctx, next }) => {
    const terminal =
      ctx.terminal ??
      (await (ctx.apiKeys
        ? ctx.apiKeys.authenticate(ctx.bearer)
        : authenticateApiKey(ctx.db, ctx.bearer)));
    requireScope(terminal, scope);
    return next({ ctx: { terminal } });
  });

/**
 * A terminal write, answered once per Idempotency-Key. `once` hands a use case the key's scope
 * and the procedure's success status, and reports the answer's status and replay to the REST
 * layer; use cases written as one database function take it (see `settleOutcome`). `transact`
 * runs an effect in one transaction together with its idempotency record, for the others.
 */
export const terminalMutation = (scope: ApiScope) =>
  terminalProcedure(scope).use(async ({ ctx, meta, next }) => {
    const { apiKeyId, shop } = ctx.terminal;
    const idempotency: IdempotencyScope | undefined = ctx.idempotency && {
      ...ctx.idempotency,
      owner: apiKeyId ? { apiKeyId } : { webhookShopId: shop.id },
    };
    const successStatus = () => ctx.response.status ?? meta?.successStatus ?? 201;
    const once = async <T>(
      run: (key: { scope?: IdempotencyScope; status: number }) => Promise<Answer<T>>,
    ): Promise<T> => {
      const answer = await run({ scope: idempotency, status: successStatus() }).catch(
        (error: unknown) => {
          if (error instanceof ReplayedRefusal) ctx.response.replayed = true;
          throw error;
        },
      );
      ctx.response.status = answer.status;
      ctx.response.replayed = answer.replayed;
      return answer.body;
    };
    const transact = <T>(effect: (tx: Tx) => Promise<T>): Promise<T> =>
      once(({ scope }) =>
        runIdempotent(ctx.db, scope, async (tx) => {
          const body = await effect(tx);
          return { status: successStatus(), body };
        }),
      );
    return next({ ctx: { once, transact } });
  });

export type { Terminal };
