import { type CustomerRouter, customerRouter } from '@fidele/api';
import {
  dehydrate,
  type FetchQueryOptions,
  HydrationBoundary,
  QueryClient,
} from '@tanstack/react-query';
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { ReactNode } from 'react';
import { serverContext } from '../server-caller.ts';

type PortalQueries = TRPCOptionsProxy<CustomerRouter>;
// Each query has its own data type: the list only needs what prefetching reads.
type AnyQueryOptions = Pick<FetchQueryOptions, 'queryKey'>;

/**
 * Runs on the server the queries its client components ask for, before the page renders, and
 * hands their answers to the browser's query cache: the first paint has the data, the phone runs
 * no request for it, and refetching, polling and invalidation after a mutation work as before.
 * A query that fails is left out, for the client to ask again (and show its error and retry).
 */
export const Prefetched = async ({
  customer,
  queries,
  children,
}: {
  customer: { id: string; sessionId: string };
  queries: (trpc: PortalQueries) => AnyQueryOptions[];
  children: ReactNode;
}) => {
  const queryClient = new QueryClient();
  const trpc = createTRPCOptionsProxy<CustomerRouter>({
    router: customerRouter,
    ctx: await serverContext(customer),
    queryClient,
  });
  await Promise.all(
    queries(trpc).map((options) => queryClient.prefetchQuery(options as FetchQueryOptions)),
  );
  return <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>;
};
