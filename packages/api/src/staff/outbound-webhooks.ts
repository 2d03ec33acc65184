import { AppError } from '@fidele/core';
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  replayDelivery,
  rotateEndpointSecret,
  sendTestEvent,
  updateEndpoint,
} from '@fidele/core/outbound-webhooks';
import { consumeRateLimit, RATE_LIMITS } from '@fidele/core/rate-limits';
import {
  isLocalHttpUrl,
  webhookDeliveriesInput,
  webhookDeliveryIdInput,
  webhookEndpointCreateInput,
  webhookEndpointIdInput,
  webhookEndpointUpdateInput,
} from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';
import type { Context } from '../trpc.ts';

const manager = staffProcedure('webhooks:manage');

/** http:// to this machine only where the app allows it (never on a production deployment). */
const checkUrl = (ctx: Context, url: string) => {
  if (isLocalHttpUrl(url) && !ctx.allowLocalHttpWebhooks)
    throw new AppError('webhook_url_insecure', undefined, { field: 'url' });
};

/** Outbound webhooks (OWNER): the secrets appear only in create's and rotate's answers. */
export const outboundWebhooksRouter = router({
  list: manager.query(({ ctx }) => listEndpoints(ctx.db)),
  get: manager
    .input(webhookEndpointIdInput)
    .query(({ ctx, input }) => getEndpoint(ctx.db, input.endpointId)),
  create: manager.input(webhookEndpointCreateInput).mutation(({ ctx, input }) => {
    checkUrl(ctx, input.url);
    return ctx.db.$transaction((tx) => createEndpoint(tx, { ...input, staffUserId: ctx.staff.id }));
  }),
  update: manager.input(webhookEndpointUpdateInput).mutation(({ ctx, input }) => {
    checkUrl(ctx, input.url);
    return ctx.db.$transaction((tx) => updateEndpoint(tx, { ...input, staffUserId: ctx.staff.id }));
  }),
  rotateSecret: manager
    .input(webhookEndpointIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        rotateEndpointSecret(tx, { ...input, staffUserId: ctx.staff.id }),
      ),
    ),
  delete: manager
    .input(webhookEndpointIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => deleteEndpoint(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  sendTest: manager.input(webhookEndpointIdInput).mutation(async ({ ctx, input }) => {
    await consumeRateLimit(ctx.db, RATE_LIMITS.webhookTestsPerStaff, ctx.staff.id);
    return ctx.db.$transaction((tx) => sendTestEvent(tx, { ...input, staffUserId: ctx.staff.id }));
  }),
  deliveries: manager
    .input(webhookDeliveriesInput)
    .query(({ ctx, input }) => listDeliveries(ctx.db, input)),
  replay: manager
    .input(webhookDeliveryIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => replayDelivery(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
