import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';

/** A discount code as the portal receives it, with its display form. */
export type CustomerCode = inferRouterOutputs<CustomerRouter>['codes']['list'][number];
