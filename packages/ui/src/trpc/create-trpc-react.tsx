'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, type TRPCLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { type ReactNode, useState } from 'react';
import superjson from 'superjson';
import { TRPC_MAX_BATCH_SIZE } from '@fidele/validators/trpc-batch';

const makeQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        // Data shown right after a server render is fresh enough not to refetch at once.
        staleTime: 30_000,
        // A 4xx (signed out, not found, bad input) will not get better by asking again.
        retry: (failureCount, error) =>
          failureCount < 2 && !/^4\d\d$/.test(String(errorStatus(error) ?? '')),
      },
    },
  });

const errorStatus = (error: unknown): number | undefined =>
  (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;

export type CreateTRPCReactOptions = {
  /** Where the app mounts its tRPC handler. */
  url?: string;
};

/**
 * Builds an app's typed tRPC hooks for its router: wrap the tree in `TRPCProvider`, then
 * `useTRPC()` gives query and mutation options for TanStack Query
 * (`useQuery(trpc.me.queryOptions())`).
 */
export const createTRPCReact = <TRouter extends AnyTRPCRouter>({
  url = '/api/trpc',
}: CreateTRPCReactOptions = {}) => {
  const context = createTRPCContext<TRouter>();

  const TRPCProvider = ({ children }: { children: ReactNode }) => {
    const [queryClient] = useState(makeQueryClient);
    const [trpcClient] = useState(() =>
      createTRPCClient<TRouter>({
        // The router is generic here, so the link is typed for any router: every app's router
        // uses the superjson transformer (packages/api/src/trpc.ts).
        links: [
          httpBatchLink<AnyTRPCRouter>({
            url,
            transformer: superjson,
            maxItems: TRPC_MAX_BATCH_SIZE,
          }) as TRPCLink<TRouter>,
        ],
      }),
    );
    return (
      <QueryClientProvider client={queryClient}>
        <context.TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </context.TRPCProvider>
      </QueryClientProvider>
    );
  };

  return { TRPCProvider, useTRPC: context.useTRPC, useTRPCClient: context.useTRPCClient };
};
