import { type Db, Prisma, queryRows } from '@fidele/db';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';

/** A contest, offer, private sale or game whose days the dashboard can compare with the days before. */
export type Campaign = {
  kind: 'CONTEST' | 'OFFER' | 'PRIVATE_SALE' | 'GAME';
  id: string;
  nameEn: string;
  nameFr: string;
  /** Its first and last programme days. */
  from: string;
  to: string;
};

/** The campaigns of the last year, newest first: picking one shows its days against as many before. */
export const listCampaigns = (
  db: Db,
  now: Date = new Date(),
  timeZone: string = PROGRAMME_TIME_ZONE,
): Promise<Campaign[]> =>
  queryRows<Campaign>(
    db,
    Prisma.sql`SELECT kind, id, "nameEn", "nameFr",
        to_char("startsAt" AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS "from",
        to_char("endsAt" AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS "to"
      FROM (
        SELECT 'CONTEST' AS kind, id, "titleEn" AS "nameEn", "titleFr" AS "nameFr", "startsAt", "endsAt" FROM "Contest"
        UNION ALL
        SELECT 'OFFER', id, "titleEn", "titleFr", "startsAt", "endsAt" FROM "Offer"
        UNION ALL
        SELECT 'PRIVATE_SALE', id, "nameEn", "nameFr", "startsAt", "endsAt" FROM "PrivateSale"
        UNION ALL
        SELECT 'GAME', id, "titleEn", "titleFr", "startsAt", "endsAt" FROM "Game"
      ) campaign
      WHERE "startsAt" <= ${now} AND "endsAt" >= ${now}::timestamptz - interval '1 year'
      ORDER BY "startsAt" DESC LIMIT 30`,
  );
