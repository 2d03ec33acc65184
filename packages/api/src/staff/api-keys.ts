import { issueApiKey, listApiKeys, revokeApiKey } from '@fidele/core/api-keys';
import { apiKeyCreateInput, apiKeyIdInput, shopIdInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const manager = staffProcedure('api-keys:manage');

export const apiKeysRouter = router({
  list: manager.input(shopIdInput).query(({ ctx, input }) => listApiKeys(ctx.db, input.shopId)),
  /** The response is the only place the plain key ever appears. */
  create: manager
    .input(apiKeyCreateInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => issueApiKey(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  revoke: manager
    .input(apiKeyIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => revokeApiKey(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
