import type { Tx } from '@fidele/db';
import { getProgrammeSettings } from '../earning/index.ts';
import { tierForFigure } from './ladder.ts';
import { qualifyingFigure, type TierSettings } from './qualifying.ts';

export type TierUpgrade = {
  from: string;
  to: { code: string; name: string };
  figure: number;
} | null;

/**
 * Re-evaluates a customer's tier inside the transaction of a qualifying movement, so the till's
 * response, the portal and the admin agree at once. Only ever up: a figure that fell is the
 * review's business. Qualifying again also lifts a review's warning. The caller holds the
 * customer's account lock (every movement takes it), so concurrent purchases are evaluated one
 * after the other and a change is never recorded twice.
 */
export const upgradeTier = async (
  tx: Tx,
  input: { customerId: string; settings?: TierSettings; movementId?: string; now?: Date },
): Promise<TierUpgrade> => {
  const now = input.now ?? new Date();
  // One after the other: a transaction is one connection.
  const ladder = await tx.tier.findMany({
    select: { id: true, code: true, name: true, rank: true, threshold: true },
  });
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: input.customerId },
    select: {
      tierAtRiskSince: true,
      tier: { select: { id: true, code: true, rank: true, threshold: true } },
    },
  });
  const figure = await qualifyingFigure(
    tx,
    input.settings ?? (await getProgrammeSettings(tx)),
    input.customerId,
    now,
  );
  const reached = tierForFigure(ladder, figure);
  if (reached.rank <= customer.tier.rank) {
    if (customer.tierAtRiskSince && figure >= customer.tier.threshold)
      await tx.customer.update({
        where: { id: input.customerId },
        data: { tierAtRiskSince: null },
      });
    return null;
  }
  await tx.customer.update({
    where: { id: input.customerId },
    data: { tierId: reached.id, tierAtRiskSince: null },
  });
  await tx.tierChange.create({
    data: {
      customerId: input.customerId,
      fromTierId: customer.tier.id,
      toTierId: reached.id,
      reason: 'QUALIFIED',
      qualifyingFigure: figure,
      movementId: input.movementId,
    },
  });
  return { from: customer.tier.code, to: { code: reached.code, name: reached.name }, figure };
};
