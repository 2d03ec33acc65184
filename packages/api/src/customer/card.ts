import { currentCardToken } from '@fidele/core/customers';
import { customerProcedure, router } from '../trpc.ts';

/** The member card's rotating token and when the card should ask for the next one. */
const current = customerProcedure.query(({ ctx }) => currentCardToken(ctx.db, ctx.customer.id));

export const cardRouter = router({ current });
