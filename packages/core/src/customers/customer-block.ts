import type { Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { customerNotFound } from './customer-not-found.ts';

export type CustomerBlock = {
  customerId: string;
  /** Block, with staff's reason (never shown to her), or unblock. */
  block: { reason: string } | null;
  staffUserId: string;
};

/**
 * Support blocks an account (fraud, a dispute) or unblocks it. Blocked, she is signed out
 * everywhere at once (her sessions are closed), cannot sign in, and her points and codes cannot
 * be spent at a till; tills still find her and are told why. Asking for the state she is already
 * in changes nothing and is not audited again.
 */
export const setCustomerBlocked = async (tx: Tx, input: CustomerBlock) => {
  const [customer] = await tx.$queryRaw<{ blockedAt: Date | null }[]>`
    SELECT "blockedAt" FROM "Customer"
    WHERE id = ${input.customerId}::uuid AND "erasedAt" IS NULL FOR UPDATE`;
  if (!customer) throw customerNotFound();
  const blocked = input.block !== null;
  if ((customer.blockedAt !== null) === blocked) return { blocked, changed: false };
  await tx.customer.update({
    where: { id: input.customerId },
    data: blocked
      ? {
          blockedAt: new Date(),
          blockedReason: input.block!.reason,
          blockedById: input.staffUserId,
        }
      : { blockedAt: null, blockedReason: null, blockedById: null },
  });
  if (blocked) await tx.authSession.deleteMany({ where: { customerId: input.customerId } });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: blocked ? 'customer.block' : 'customer.unblock',
    target: { type: 'customer', id: input.customerId },
    ...(blocked ? { data: { reason: input.block!.reason } } : {}),
  });
  return { blocked, changed: true };
};
