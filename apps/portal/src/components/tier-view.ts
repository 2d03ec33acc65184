import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';

/** Where the signed-in customer stands (`customer.tier`). */
export type TierStatus = inferRouterOutputs<CustomerRouter>['tier'];
export type TierView = TierStatus['current'];
export type TierMetric = TierStatus['metric'];
export type TierChange = TierStatus['history'][number];

/** The tier's benefits in the customer's language, else in the other one rather than nothing. */
export const tierBenefits = (tier: Pick<TierView, 'benefitsEn' | 'benefitsFr'>, locale: string) =>
  (locale === 'fr'
    ? tier.benefitsFr || tier.benefitsEn
    : tier.benefitsEn || tier.benefitsFr
  ).trim();

/** How much of the figure keeping the current tier still takes (never below 0). */
export const stillToKeep = (status: Pick<TierStatus, 'figure' | 'current'>): number =>
  Math.max(0, status.current.threshold - status.figure);

/** What the progress bar shows: the figure out of the next tier's threshold (a surplus is full). */
export const progressTowards = (figure: number, next: Pick<TierView, 'threshold'>) => ({
  value: Math.min(Math.max(figure, 0), next.threshold),
  max: next.threshold,
});

export type LadderStep = 'below' | 'current' | 'above';

/** A tier of the ladder seen from the customer's current tier. */
export const ladderStep = (
  tier: Pick<TierView, 'rank'>,
  current: Pick<TierView, 'rank'>,
): LadderStep =>
  tier.rank < current.rank ? 'below' : tier.rank > current.rank ? 'above' : 'current';

/** The date a staff pin keeps the tier until, while it still holds. */
export const activePin = (pinnedUntil: Date | null, now: number): Date | null =>
  pinnedUntil && pinnedUntil.getTime() > now ? pinnedUntil : null;
