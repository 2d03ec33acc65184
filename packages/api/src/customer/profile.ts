import { recordAudit } from '@fidele/core/audit';
import {
  confirmEmailChange,
  getConsents,
  getOwnProfile,
  setConsents,
  updateOwnProfile,
} from '@fidele/core/customers';
import { RATE_LIMITS } from '@fidele/core/rate-limits';
import {
  consentsUpdateInput,
  emailChangeConfirmInput,
  profileUpdateInput,
} from '@fidele/validators';
import { addressLimitedProcedure, customerProcedure, router } from '../trpc.ts';

/** The customer's own profile; a save that completes it gives the profile bonus once. */
const get = customerProcedure.query(({ ctx }) => getOwnProfile(ctx.db, ctx.customer.id));

const update = customerProcedure
  .input(profileUpdateInput)
  .mutation(({ ctx, input }) =>
    updateOwnProfile(ctx.db, { customerId: ctx.customer.id, ...input }),
  );

/** Her marketing consents: given or not and since when, the words, and every change. */
const consents = customerProcedure.query(({ ctx }) => getConsents(ctx.db, ctx.customer.id));

/** Gives or withdraws a consent from the profile: withdrawing is as easy as giving. */
const setMyConsents = customerProcedure.input(consentsUpdateInput).mutation(({ ctx, input }) =>
  ctx.db.$transaction(async (tx) => {
    const changed = await setConsents(tx, {
      customerId: ctx.customer.id,
      changes: input,
      source: 'PORTAL',
    });
    if (changed.length)
      await recordAudit(tx, {
        actor: { type: 'CUSTOMER', id: ctx.customer.id },
        action: 'customer.consent_change',
        target: { type: 'customer', id: ctx.customer.id },
        data: Object.fromEntries(changed.map((kind) => [kind, input[kind]!])),
      });
    return getConsents(tx, ctx.customer.id);
  }),
);

/**
 * The link of the email sent to a new address support typed: it becomes her address. Public
 * (she may open it signed out, on another device); limited per address like password links.
 */
const confirmEmail = addressLimitedProcedure(RATE_LIMITS.passwordLinkPerIp)
  .input(emailChangeConfirmInput)
  .mutation(({ ctx, input }) => confirmEmailChange(ctx.db, input.token));

export const profileRouter = router({
  get,
  update,
  consents,
  setConsents: setMyConsents,
  confirmEmail,
});
