import { cancelCode, formatCode, getCodeLife, listCodesOf } from '@fidele/core/rewards';
import { codeCancelInput, codeLookupInput, customerCodesInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('codes:read');

export const codesRouter = router({
  /** A code's holder, terms, events and uses, looked up however staff typed it. */
  find: reader.input(codeLookupInput).query(async ({ ctx, input }) => {
    const life = await getCodeLife(ctx.db, input);
    return { ...life, formatted: formatCode(life.code) };
  }),
  /** A customer's codes, each with its display form (ABCD-EFGH-JKMN-PQ). */
  ofCustomer: reader.input(customerCodesInput).query(async ({ ctx, input }) => {
    const codes = await listCodesOf(ctx.db, input);
    return codes.map((code) => ({ ...code, formatted: formatCode(code.code) }));
  }),
  /** The code's points go back to the customer; refused unless the code is still active. */
  cancel: staffProcedure('codes:cancel')
    .input(codeCancelInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => cancelCode(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
