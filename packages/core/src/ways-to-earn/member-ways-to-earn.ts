import type { Db } from '@fidele/db';
import { listMemberContests } from '../contests/index.ts';
import { loadEarnRules } from '../earning/index.ts';
import { listGamesFor } from '../games/index.ts';
import { waysToEarnOf, type WaysToEarnRules } from './ways-to-earn.ts';

export type WaysToEarn = WaysToEarnRules & {
  /** The games she may play now that can give points. */
  games: { id: string; title: { en: string; fr: string }; bestPrize: number }[];
  /** The contests running now whose entries or prizes give points. */
  contests: {
    slug: string;
    title: { en: string; fr: string };
    entryPoints: number;
    prizePoints: number | null;
  }[];
};

/**
 * Every way the customer can earn points now: the earn rules in force, and the games and
 * contests she is shown elsewhere in the portal (read by the same functions, so the lists agree).
 */
export const getWaysToEarn = async (
  db: Db,
  customerId: string,
  now: Date = new Date(),
): Promise<WaysToEarn> => {
  const rules = await loadEarnRules(db);
  const shopIds = [...new Set(rules.flatMap((rule) => rule.shopIds))];
  const shops = shopIds.length
    ? await db.shop.findMany({ where: { id: { in: shopIds } }, select: { id: true, name: true } })
    : [];
  const [games, contests] = await Promise.all([
    listGamesFor(db, customerId, now),
    listMemberContests(db, customerId, now),
  ]);
  return {
    ...waysToEarnOf(rules, now, new Map(shops.map((shop) => [shop.id, shop.name]))),
    games: games.flatMap((game) => {
      const bestPrize = Math.max(
        0,
        ...game.prizes.map((prize) => (prize.kind === 'POINTS' ? (prize.points ?? 0) : 0)),
      );
      // A streak pays its days and a quiz its answers: points without a prize table.
      const givesPoints = bestPrize > 0 || game.type === 'DAILY_STREAK' || game.type === 'QUIZ';
      return givesPoints ? [{ id: game.id, title: game.title, bestPrize }] : [];
    }),
    contests: contests.flatMap((contest) =>
      contest.status === 'running' && (contest.entryPoints > 0 || (contest.prize.points ?? 0) > 0)
        ? [
            {
              slug: contest.slug,
              title: contest.title,
              entryPoints: contest.entryPoints,
              prizePoints: contest.prize.points,
            },
          ]
        : [],
    ),
  };
};
