import { getOwnProfile, updateOwnProfile } from '@fidele/core/customers';
import { profileUpdateInput } from '@fidele/validators';
import { customerProcedure, router } from '../trpc.ts';

/** The customer's own profile; a save that completes it gives the profile bonus once. */
const get = customerProcedure.query(({ ctx }) => getOwnProfile(ctx.db, ctx.customer.id));

const update = customerProcedure
  .input(profileUpdateInput)
  .mutation(({ ctx, input }) =>
    updateOwnProfile(ctx.db, { customerId: ctx.customer.id, ...input }),
  );

export const profileRouter = router({ get, update });
