import type { ErrorCode } from '@fidele/core';
import type { AnyProcedure, AnyRouter } from '@trpc/server';
import { z } from 'zod';
import type { Meta } from '../trpc.ts';

export type RestRoute = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** OpenAPI path, e.g. `/customers/{id}/rewards`. */
  path: string;
  /** Dotted procedure path, e.g. `customers.lookup`. */
  procedure: string;
  successStatus: number;
  /** The status when the same resource is sent again (see `Meta.resentStatus`). */
  resentStatus?: number;
  /** The domain's refusals it can answer (see `Meta.errors`). */
  errors: ErrorCode[];
  /** Whether it needs an API key (all but /health). */
  authenticated: boolean;
  /** Whether its answers are kept under an Idempotency-Key (POSTs that change something). */
  idempotent: boolean;
  /** The JSON Schema of its answer, from the procedure's output, for the server's serializer. */
  answerSchema?: object;
};

/**
 * A procedure's output as JSON Schema (draft 7, which Fastify's serializer reads); a value JSON
 * Schema cannot describe is left open rather than refused.
 */
const answerSchemaOf = (output: unknown) =>
  output instanceof z.ZodType
    ? z.toJSONSchema(output, { target: 'draft-7', io: 'output', unrepresentable: 'any' })
    : undefined;

/** Every procedure of `router` published as REST, read from its OpenAPI metadata. */
export const restRoutes = (router: AnyRouter): RestRoute[] =>
  Object.entries(router._def.procedures as Record<string, AnyProcedure>).flatMap(
    ([procedure, { _def }]) => {
      const meta = _def.meta as Meta | undefined;
      if (!meta?.openapi || meta.openapi.enabled === false) return [];
      return [
        {
          method: meta.openapi.method,
          path: meta.openapi.path,
          procedure,
          successStatus: meta.successStatus ?? (meta.openapi.method === 'POST' ? 201 : 200),
          ...(meta.resentStatus ? { resentStatus: meta.resentStatus } : {}),
          errors: meta.errors ?? [],
          authenticated: meta.openapi.protect !== false,
          idempotent: meta.openapi.method === 'POST' && !meta.readOnly,
          answerSchema: answerSchemaOf((_def as { output?: unknown }).output),
        },
      ];
    },
  );
