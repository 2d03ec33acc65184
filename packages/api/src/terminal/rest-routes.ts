import type { AnyProcedure, AnyRouter } from '@trpc/server';
import type { Meta } from '../trpc.ts';

export type RestRoute = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** OpenAPI path, e.g. `/customers/{id}/rewards`. */
  path: string;
  /** Dotted procedure path, e.g. `customers.lookup`. */
  procedure: string;
  successStatus: number;
};

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
        },
      ];
    },
  );
