import type { Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { recordMovement } from '../ledger/index.ts';

/** Staff cancel an unused code: its points go back to the customer through the ledger. */
export const cancelCode = async (
  tx: Tx,
  input: { codeId: string; reason: string; staffUserId: string; now?: Date },
) => {
  const now = input.now ?? new Date();
  const cancelled = await tx.discountCode.updateManyAndReturn({
    where: { id: input.codeId, status: 'ACTIVE' },
    data: { status: 'CANCELLED', cancelledAt: now, cancelReason: input.reason },
    select: { id: true, code: true, customerId: true, pointsCost: true },
  });
  const code = cancelled[0];
  if (!code) {
    const exists = await tx.discountCode.findUnique({
      where: { id: input.codeId },
      select: { status: true },
    });
    if (!exists) throw new AppError('code_not_found');
    throw new AppError(
      'code_not_active',
      `Only an active code can be cancelled (this one is ${exists.status.toLowerCase()}).`,
    );
  }
  const refund =
    code.pointsCost > 0
      ? await recordMovement(tx, {
          customerId: code.customerId,
          type: 'REVERSAL',
          channel: 'ADMIN',
          points: code.pointsCost,
          source: { type: 'DISCOUNT_CODE', id: code.id },
          reason: input.reason,
          staffUserId: input.staffUserId,
        })
      : undefined;
  await tx.codeEvent.create({
    data: {
      codeId: code.id,
      type: 'CANCELLED',
      channel: 'ADMIN',
      actorType: 'STAFF',
      actorId: input.staffUserId,
      detail: { reason: input.reason, pointsRefunded: code.pointsCost },
    },
  });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'code.cancel',
    target: { type: 'customer', id: code.customerId },
    data: { code: code.code, reason: input.reason, pointsRefunded: code.pointsCost },
  });
  return { id: code.id, pointsRefunded: code.pointsCost, balance: refund?.balance };
};
