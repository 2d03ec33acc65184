import { trackMessage } from '@fidele/core/messages';
import { RATE_LIMITS } from '@fidele/core/rate-limits';
import { messageTrackingInput } from '@fidele/validators';
import { addressLimitedProcedure } from '../trpc.ts';

/** An email opened or its link followed, recorded on its message (see `trackMessage`). */
export const trackMessageProcedure = addressLimitedProcedure(RATE_LIMITS.messageTrackingPerIp)
  .input(messageTrackingInput)
  .mutation(async ({ ctx, input }) => {
    if (ctx.messageLinkSecret)
      await trackMessage(ctx.db, { ...input, secret: ctx.messageLinkSecret });
    return { recorded: true as const };
  });
