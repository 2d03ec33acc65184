import {
  correctContactDetails,
  findMergeCandidate,
  getConsents,
  getCustomerProfile,
  mergeAccounts,
  pendingEmailChange,
  searchCustomers,
  setCustomerBlocked,
} from '@fidele/core/customers';
import { PROGRAMME_TIME_ZONE } from '@fidele/core/earning';
import { sendSupportPasswordLink } from '@fidele/core/passwords';
import { eraseCustomer, getRetentionStatus } from '@fidele/core/privacy';
import { getPointsOutlook, listHistoryPage } from '@fidele/core/ledger';
import { listCustomerPurchases } from '@fidele/core/purchases';
import { getTierStatus, pinTier } from '@fidele/core/tiers';
import {
  accountMergeInput,
  contactCorrectionInput,
  customerBlockInput,
  customerErasureInput,
  customerIdInput,
  customerListInput,
  customerMovementsInput,
  customerPurchasesInput,
  mergeCandidateInput,
  tierPinInput,
} from '@fidele/validators';
import { portalMail, sendEmailConfirmation, sendPasswordLink } from '../password-mail.ts';
import { router, staffProcedure } from '../trpc.ts';
import { purchaseViewer } from './purchase-viewer.ts';

const reader = staffProcedure('customers:read');

export const customersRouter = router({
  list: reader.input(customerListInput).query(({ ctx, input }) => searchCustomers(ctx.db, input)),
  get: reader
    .input(customerIdInput)
    .query(({ ctx, input }) => getCustomerProfile(ctx.db, input.customerId)),
  pointsOutlook: reader
    .input(customerIdInput)
    .query(({ ctx, input }) => getPointsOutlook(ctx.db, input.customerId, PROGRAMME_TIME_ZONE)),
  /** Her marketing consents and every change of them: where, when, the words agreed to. */
  consents: reader
    .input(customerIdInput)
    .query(({ ctx, input }) => getConsents(ctx.db, input.customerId)),
  tier: reader
    .input(customerIdInput)
    .query(({ ctx, input }) => getTierStatus(ctx.db, input.customerId)),
  pinTier: staffProcedure('tiers:pin')
    .input(tierPinInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => pinTier(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  movements: reader
    .input(customerMovementsInput)
    .query(({ ctx, input }) => listHistoryPage(ctx.db, input)),
  purchases: reader
    .input(customerPurchasesInput)
    .query(({ ctx, input }) =>
      listCustomerPurchases(ctx.db, { ...input, ...purchaseViewer(ctx.staff) }),
    ),
  /** When her data would be erased for inactivity, or that it was erased and why. */
  retention: reader
    .input(customerIdInput)
    .query(({ ctx, input }) => getRetentionStatus(ctx.db, input.customerId)),
  /**
   * Corrects her name and phone at her request; a new email is mailed a confirmation link and
   * becomes hers once she opens it.
   */
  correctContact: staffProcedure('customers:correct')
    .input(contactCorrectionInput)
    .mutation(async ({ ctx, input: { customerId, ...contact } }) => {
      const { emailConfirmation } = await ctx.db.$transaction((tx) =>
        correctContactDetails(tx, { customerId, staffUserId: ctx.staff.id, ...contact }),
      );
      if (emailConfirmation) await sendEmailConfirmation(portalMail(ctx), emailConfirmation);
      return { emailToConfirm: emailConfirmation?.to.email ?? null };
    }),
  /** Her contact details' correction waiting for her: the new email not confirmed yet. */
  pendingEmailChange: reader
    .input(customerIdInput)
    .query(({ ctx, input }) => pendingEmailChange(ctx.db, input.customerId)),
  /** Emails her a link to sign in by choosing a password, from the portal. */
  sendPasswordLink: staffProcedure('customers:send-link')
    .input(customerIdInput)
    .mutation(async ({ ctx, input }) => {
      const link = await sendSupportPasswordLink(ctx.db, {
        customerId: input.customerId,
        staffUserId: ctx.staff.id,
      });
      await sendPasswordLink(portalMail(ctx), link);
      return { sentTo: link.to.email };
    }),
  /** Blocks her account (signed out, nothing spent at a till) or unblocks it; audited. */
  setBlocked: staffProcedure('customers:block')
    .input(customerBlockInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        setCustomerBlocked(tx, {
          customerId: input.customerId,
          block: input.blocked ? { reason: input.reason } : null,
          staffUserId: ctx.staff.id,
        }),
      ),
    ),
  /** Her other account, by its member code or email, shown to support before merging it. */
  mergeCandidate: staffProcedure('customers:merge')
    .input(mergeCandidateInput)
    .query(({ ctx, input }) => findMergeCandidate(ctx.db, input)),
  /**
   * Merges her other account into this one: points through the ledger, purchases, codes, tier
   * and consents; the other becomes a redirect that tills still find her by. Audited.
   */
  merge: staffProcedure('customers:merge')
    .input(accountMergeInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        mergeAccounts(tx, {
          keptId: input.customerId,
          mergedId: input.otherCustomerId,
          staffUserId: ctx.staff.id,
        }),
      ),
    ),
  /** Erases her personal data at her request (GDPR); her figures stay as pseudonymous rows. */
  erase: staffProcedure('customers:erase')
    .input(customerErasureInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        eraseCustomer(tx, {
          customerId: input.customerId,
          actor: { type: 'STAFF', id: ctx.staff.id },
          reason: input.reason,
        }),
      ),
    ),
});
