import type { Db } from '@fidele/db';

/**
 * Silver and Gold for the journeys that need a ladder, with thresholds far above what the other
 * journeys earn (so their customers stay on Member).
 */
export const ensureSilverAndGold = async (db: Db) => {
  for (const tier of [
    {
      code: 'SILVER',
      name: 'Silver',
      nameFr: 'Argent',
      rank: 1,
      threshold: 5_000,
      colour: '#94a3b8',
    },
    { code: 'GOLD', name: 'Gold', nameFr: 'Or', rank: 2, threshold: 5_040, colour: '#ca8a04' },
  ])
    await db.tier.upsert({ where: { code: tier.code }, create: tier, update: {} });
};
