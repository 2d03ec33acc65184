import { TRPC_MAX_BATCH_SIZE } from '@fidele/validators';
import type { AnyTRPCRouter } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Context } from './trpc.ts';

/**
 * An app's `/api/trpc` endpoint: batches of at most `TRPC_MAX_BATCH_SIZE` calls (more is a 400
 * in tRPC's error shape), and failures of the server logged here, never sent (the error
 * formatter gives the client a generic message).
 */
export const handleTrpcRequest = ({
  router,
  request,
  context,
}: {
  router: AnyTRPCRouter;
  request: Request;
  context: () => Context;
}) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router,
    createContext: context,
    maxBatchSize: TRPC_MAX_BATCH_SIZE,
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'} failed`, error);
    },
  });
