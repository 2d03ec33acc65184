import type { Db, Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { checkLadder } from './ladder.ts';
import { tierFields, type TierView } from './tier-status.ts';

export type TierInput = Omit<TierView, 'id' | 'rank'> & { id?: string };

/** The ladder, lowest tier first. */
export const listTiers = (db: Db | Tx): Promise<TierView[]> =>
  db.tier.findMany({ select: tierFields, orderBy: { rank: 'asc' } });

/**
 * Saves the whole ladder at once (staff edit it as one table): the order given is the rank, and
 * the ladder is checked as a whole (`checkLadder`) before anything is written. A tier left out is
 * removed, unless customers, rewards or tier history still refer to it (409 `tier_in_use`).
 * Customers move to a changed threshold as the rules say: up at their next qualifying movement,
 * down at a review.
 */
export const saveTierLadder = async (
  tx: Tx,
  input: { tiers: TierInput[]; staffUserId: string },
): Promise<TierView[]> => {
  const tiers = input.tiers.map((tier, rank) => ({ ...tier, rank }));
  checkLadder(tiers.map((tier) => ({ ...tier, id: tier.id ?? tier.code })));
  // Serialises ladder edits: two staff members saving at once cannot interleave.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('fidele:tier-ladder'))`;
  const before = await listTiers(tx);
  const kept = new Set(tiers.flatMap((tier) => (tier.id ? [tier.id] : [])));
  const unknown = [...kept].filter((id) => !before.some((tier) => tier.id === id));
  if (unknown.length) throw new AppError('tier_not_found');
  for (const removed of before.filter((tier) => !kept.has(tier.id))) await removeTier(tx, removed);

  // Ranks are unique: move the kept tiers out of the way before giving them their new ranks.
  await tx.$executeRaw`UPDATE "Tier" SET rank = rank + 1000`;
  for (const { id, ...tier } of tiers)
    if (id) await tx.tier.update({ where: { id }, data: tier });
    else await tx.tier.create({ data: tier });
  const after = await listTiers(tx);
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'tiers.save',
    target: { type: 'tier_ladder', id: 'ladder' },
    data: { before, after },
  });
  return after;
};

const removeTier = async (tx: Tx, tier: TierView) => {
  const customers = await tx.customer.count({ where: { tierId: tier.id } });
  const rewards = await tx.reward.count({ where: { minTierId: tier.id } });
  const offers = await tx.offerTier.count({ where: { tierId: tier.id } });
  const history = await tx.tierChange.count({
    where: { OR: [{ fromTierId: tier.id }, { toTierId: tier.id }] },
  });
  if (customers + rewards + offers + history > 0)
    throw new AppError(
      'tier_in_use',
      `${tier.code} still has customers, rewards or history: it cannot be removed.`,
      { tier: tier.code },
    );
  await tx.tier.delete({ where: { id: tier.id } });
};
