import type { Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { getProgrammeSettings } from '../earning/index.ts';
import { qualifyingFigure } from './qualifying.ts';

export type TierPin = {
  customerId: string;
  tierId: string;
  /** The review keeps the tier until then; null lifts the pin. */
  until: Date | null;
  reason: string;
  staffUserId: string;
};

/**
 * A staff member puts a customer on a tier and keeps them there until a date (a goodwill
 * gesture, a VIP's guest): the review leaves them alone meanwhile. The change is in the tier
 * history and the audit log; `until: null` lifts the pin and lets the next review decide.
 */
export const pinTier = async (tx: Tx, pin: TierPin): Promise<void> => {
  if (pin.until && pin.until <= new Date())
    throw new AppError('invalid_request', 'until: the pin must end in the future');
  const customer = await tx.customer.findUnique({
    where: { id: pin.customerId },
    select: { tierId: true },
  });
  if (!customer) throw new AppError('customer_not_found');
  const tier = await tx.tier.findUnique({ where: { id: pin.tierId }, select: { id: true } });
  if (!tier) throw new AppError('tier_not_found');
  await tx.customer.update({
    where: { id: pin.customerId },
    data: {
      tierId: tier.id,
      tierPinnedUntil: pin.until,
      tierPinReason: pin.until ? pin.reason : null,
      tierAtRiskSince: null,
    },
  });
  if (customer.tierId !== tier.id)
    await tx.tierChange.create({
      data: {
        customerId: pin.customerId,
        fromTierId: customer.tierId,
        toTierId: tier.id,
        reason: 'PINNED',
        qualifyingFigure: await qualifyingFigure(
          tx,
          await getProgrammeSettings(tx),
          pin.customerId,
          new Date(),
        ),
        staffUserId: pin.staffUserId,
        note: pin.reason,
      },
    });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: pin.staffUserId },
    action: pin.until ? 'tier.pin' : 'tier.unpin',
    target: { type: 'customer', id: pin.customerId },
    data: { fromTierId: customer.tierId, tierId: tier.id, until: pin.until, reason: pin.reason },
  });
};
