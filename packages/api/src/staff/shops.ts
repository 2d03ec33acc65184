import { createShop, listShops } from '@fidele/core/shops';
import { listWebhookSettings, rotateWebhookSecret } from '@fidele/core/webhooks';
import { shopCreateInput, shopIdInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

export const shopsRouter = router({
  list: staffProcedure('shops:manage').query(({ ctx }) => listShops(ctx.db)),
  create: staffProcedure('shops:manage')
    .input(shopCreateInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => createShop(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  /** Which e-shops can sign order webhooks; never the secrets. */
  webhooks: staffProcedure('shops:manage').query(({ ctx }) => listWebhookSettings(ctx.db)),
  /** The response is the only place the new secret ever appears. */
  rotateWebhookSecret: staffProcedure('shops:manage')
    .input(shopIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        rotateWebhookSecret(tx, { shopId: input.shopId, staffUserId: ctx.staff.id }),
      ),
    ),
});
