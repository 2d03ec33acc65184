import { formatCode, listCodesOf } from '@fidele/core/rewards';
import { myCodesInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

/** The customer's own codes, each with its display form (ABCD-EFGH-JKMN-PQ) for reading aloud. */
const list = customerProcedure.input(myCodesInput).query(async ({ ctx, input }) => {
  const codes = await listCodesOf(ctx.db, { customerId: ctx.customer.id, view: input.view });
  return codes.map((code) => ({ ...code, formatted: formatCode(code.code) }));
});

export const codesRouter = router({ list });
