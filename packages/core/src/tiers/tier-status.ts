import type { Db, Prisma, TierChangeReason, TierMetric, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import { changeToCelebrate } from './celebration.ts';
import { nextTier, tierKeptUntil } from './ladder.ts';
import { getProgrammeSettings } from '../earning/index.ts';
import { qualifyingFigure, qualifyingParts } from './qualifying.ts';

export const tierFields = {
  id: true,
  code: true,
  name: true,
  nameFr: true,
  colour: true,
  benefitsEn: true,
  benefitsFr: true,
  rank: true,
  threshold: true,
  earnMultiplier: true,
} as const;

export type TierView = Prisma.TierGetPayload<{ select: typeof tierFields }>;

export type TierStatus = {
  metric: TierMetric;
  windowMonths: number;
  /** Days between the review's warning and the move down. */
  graceDays: number;
  /** Points earned (or minor units spent) over the window ending now. */
  figure: number;
  current: TierView;
  next: { tier: TierView; missing: number } | null;
  /** Set when the last review found the customer short of their tier: the downgrade's date. */
  downgradeOn: Date | null;
  pinnedUntil: Date | null;
  /** Until when she keeps her tier if she qualifies no further (null: the entry tier). */
  keptUntil: Date | null;
  /** The tier she has just reached, until the portal has celebrated it once. */
  celebration: { changeId: string; tier: TierView } | null;
  ladder: TierView[];
  history: {
    id: string;
    from: { code: string; name: string } | null;
    to: { code: string; name: string };
    reason: TierChangeReason;
    qualifyingFigure: number;
    createdAt: Date;
  }[];
};

/** The celebration of her latest change, if it is one to celebrate. */
const celebrationOf = (
  latestFirst: {
    id: string;
    toTierId: string;
    celebratedAt: Date | null;
    fromTier: { rank: number } | null;
    toTier: { rank: number };
  }[],
  current: TierView,
  ladder: TierView[],
): TierStatus['celebration'] => {
  const change = changeToCelebrate(
    latestFirst.map((row) => ({
      ...row,
      fromRank: row.fromTier?.rank ?? null,
      toRank: row.toTier.rank,
    })),
    current.id,
  );
  return change
    ? { changeId: change.id, tier: ladder.find((tier) => tier.id === change.toTierId)! }
    : null;
};

/** Where a customer stands: their tier, the figure it is measured on, the next tier, the ladder. */
export const getTierStatus = async (
  db: Db | Tx,
  customerId: string,
  now: Date = new Date(),
): Promise<TierStatus> => {
  const settings = await getProgrammeSettings(db);
  const ladder = await db.tier.findMany({ select: tierFields, orderBy: { rank: 'asc' } });
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { tierId: true, tierAtRiskSince: true, tierPinnedUntil: true },
  });
  if (!customer) throw new AppError('customer_not_found');
  const [figure, parts, tierChanges] = await Promise.all([
    qualifyingFigure(db, settings, customerId, now),
    qualifyingParts(db, settings, customerId, now),
    // Hers, and those of her accounts merged into this one, where they were written.
    db.tierChange.findMany({
      where: { OR: [{ customerId }, { customer: { mergedIntoId: customerId } }] },
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: {
        id: true,
        customerId: true,
        reason: true,
        qualifyingFigure: true,
        createdAt: true,
        celebratedAt: true,
        toTierId: true,
        fromTier: { select: { code: true, name: true, rank: true } },
        toTier: { select: { code: true, name: true, rank: true } },
      },
    }),
  ]);
  const current = ladder.find((tier) => tier.id === customer.tierId)!;
  return {
    metric: settings.tierMetric,
    windowMonths: settings.tierWindowMonths,
    graceDays: settings.tierGraceDays,
    figure,
    current,
    next: nextTier(ladder, current, figure),
    downgradeOn: customer.tierAtRiskSince
      ? new Date(customer.tierAtRiskSince.getTime() + settings.tierGraceDays * 86_400_000)
      : null,
    pinnedUntil: customer.tierPinnedUntil,
    keptUntil:
      current.rank === ladder[0]!.rank
        ? null
        : tierKeptUntil({
            threshold: current.threshold,
            parts,
            graceDays: settings.tierGraceDays,
            atRiskSince: customer.tierAtRiskSince,
            pinnedUntil: customer.tierPinnedUntil,
            now,
          }),
    celebration: celebrationOf(
      tierChanges.filter((change) => change.customerId === customerId),
      current,
      ladder,
    ),
    ladder,
    history: tierChanges.map(({ id, reason, qualifyingFigure, createdAt, fromTier, toTier }) => ({
      id,
      reason,
      qualifyingFigure,
      createdAt,
      from: fromTier && { code: fromTier.code, name: fromTier.name },
      to: { code: toTier.code, name: toTier.name },
    })),
  };
};
