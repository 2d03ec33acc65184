import { router } from '../trpc.ts';
import { me } from './me.ts';
import { movements } from './movements.ts';
import { setLocale } from './set-locale.ts';
import { signUp } from './sign-up.ts';

/** The customer portal's procedures (apps/portal mounts it at /api/trpc). */
export const customerRouter = router({ me, movements, signUp, setLocale });

export type CustomerRouter = typeof customerRouter;
