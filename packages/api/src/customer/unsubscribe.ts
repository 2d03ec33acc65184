import { AppError } from '@fidele/core';
import { readUnsubscribeLink, unsubscribeWithLink } from '@fidele/core/messages';
import { RATE_LIMITS } from '@fidele/core/rate-limits';
import { unsubscribeInput } from '@fidele/validators';
import { addressLimitedProcedure, router } from '../trpc.ts';

const byLink = addressLimitedProcedure(RATE_LIMITS.unsubscribePerIp)
  .input(unsubscribeInput)
  .use(({ ctx, next }) => {
    if (!ctx.messageLinkSecret) throw new AppError('unsubscribe_link_invalid');
    return next({ ctx: { secret: ctx.messageLinkSecret } });
  });

/**
 * A marketing email's unsubscribe link, signed in or not: what it would do, and the one click
 * that does it (the page's button and the mail client's RFC 8058 POST both call `confirm`).
 */
export const unsubscribeRouter = router({
  read: byLink.query(({ ctx, input }) => readUnsubscribeLink(ctx.db, input.token, ctx.secret)),
  confirm: byLink.mutation(({ ctx, input }) =>
    ctx.db.$transaction((tx) =>
      unsubscribeWithLink(tx, { token: input.token, secret: ctx.secret }),
    ),
  ),
});
