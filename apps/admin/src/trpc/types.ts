import type { StaffRouter } from '@fidele/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** What the staff procedures return, as the screens receive it (superjson keeps Dates). */
export type StaffOutputs = inferRouterOutputs<StaffRouter>;
export type StaffInputs = inferRouterInputs<StaffRouter>;
