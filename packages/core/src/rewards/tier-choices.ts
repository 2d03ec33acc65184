import type { Db } from '@fidele/db';

/** The tiers a reward may require, lowest first. */
export const listTierChoices = (db: Db) =>
  db.tier.findMany({
    orderBy: { rank: 'asc' },
    select: { id: true, code: true, name: true, nameFr: true },
  });
