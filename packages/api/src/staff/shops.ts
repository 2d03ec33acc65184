import { createShop, listShops } from '@fidele/core/shops';
import { shopCreateInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

export const shopsRouter = router({
  list: staffProcedure('shops:manage').query(({ ctx }) => listShops(ctx.db)),
  create: staffProcedure('shops:manage')
    .input(shopCreateInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => createShop(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
