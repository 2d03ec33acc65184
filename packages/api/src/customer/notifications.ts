import {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
} from '@fidele/core/notifications';
import { notificationsReadInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

/** Her notices in the portal (the bell), the newest first, with the unread count. */
const list = customerProcedure.query(({ ctx }) => listNotifications(ctx.db, ctx.customer.id));

/** The bell's count, on every page. */
const unread = customerProcedure.query(({ ctx }) =>
  countUnreadNotifications(ctx.db, ctx.customer.id),
);

/** Marks the notices she has seen read: those named, or all. */
const markRead = customerProcedure
  .input(notificationsReadInput)
  .mutation(({ ctx, input }) =>
    markNotificationsRead(ctx.db, { customerId: ctx.customer.id, ids: input.ids }),
  );

export const notificationsRouter = router({ list, unread, markRead });
