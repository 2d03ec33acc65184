import { type Channel, type Db, Prisma, queryRows, type SignUpSource } from '@fidele/db';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import { type DayRange, dashboardPeriod } from './dashboard-period.ts';
import type { DashboardScope } from './read-dashboard.ts';
import { inShops } from './shop-filter.ts';

/** Days within which an online step counts as leading to a shop purchase (and the reverse): `buyers_by_day`'s. */
const FLOW_DAYS = 30;

export type ChannelFlows = {
  /** FLOW_DAYS, for the words that say what web to store and store to web mean. */
  withinDays: number;
  /** Codes redeemed in the period, by where they were issued and where they were redeemed. */
  codeJourneys: { issuedOn: Channel; redeemedOn: Channel; codes: number; discountGiven: number }[];
  /** Members who bought in the period, and those of them who bought both in a shop and online. */
  buyers: number;
  bothChannels: number;
  /** Members whose shop purchase in the period followed, within FLOW_DAYS, an online purchase or points won online (app, contests, referrals). */
  webToStore: number;
  /** Members whose online purchase in the period followed a shop purchase within FLOW_DAYS. */
  storeToWeb: number;
  /** Members who joined in the period, per source and month: how many bought, and bought again. */
  cohorts: {
    source: SignUpSource;
    month: string;
    members: number;
    buyers: number;
    repeatBuyers: number;
  }[];
};

/**
 * How customers move between channels over a range of days (programme time zone): codes won
 * online and spent in a shop, members who buy on both, online steps followed by a shop purchase
 * and the reverse, and the period's sign-up cohorts with their repeat purchases. Who bought comes
 * from the rollup's bitmaps of buyers (`buyers_between`), the rest live from the period's rows; in
 * some shops, from their purchases, redemptions and members.
 */
export const readChannelFlows = async (
  db: Db,
  input: { range: DayRange; scope: DashboardScope; now?: Date },
  timeZone: string = PROGRAMME_TIME_ZONE,
): Promise<ChannelFlows> => {
  const { current } = dashboardPeriod(input.range, input.now ?? new Date(), timeZone);
  const shopIds = input.scope.allShops ? null : input.scope.shopIds;
  const start = Prisma.sql`${current.from}::date::timestamp AT TIME ZONE ${timeZone}`;
  const end = Prisma.sql`(${current.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}`;
  const [journeys, [movers], cohorts] = await Promise.all([
    queryRows<ChannelFlows['codeJourneys'][number]>(
      db,
      Prisma.sql`SELECT COALESCE(issued.channel, 'APP') AS "issuedOn", x.channel AS "redeemedOn",
          count(*)::int AS codes, sum(x."amountOff")::float8 AS "discountGiven"
        FROM "Redemption" x
        LEFT JOIN LATERAL (
          SELECT e.channel FROM "CodeEvent" e
          WHERE e."codeId" = x."codeId" AND e.type = 'ISSUED' ORDER BY e.id LIMIT 1
        ) issued ON true
        WHERE x.status = 'COMPLETED' AND x."createdAt" >= ${start} AND x."createdAt" < ${end}
          AND ${inShops(Prisma.sql`x."shopId"`, shopIds)}
        GROUP BY 1, 2 ORDER BY 3 DESC`,
    ),
    // The rollup's bitmaps of the period's buyers in shops and online, ORed over its days: each
    // member's purchase already knows whether it followed a step on the other side.
    queryRows<Pick<ChannelFlows, 'buyers' | 'bothChannels' | 'webToStore' | 'storeToWeb'>>(
      db,
      Prisma.sql`WITH sides AS (
          SELECT bit_or(b.buyers) FILTER (WHERE b.channel = 'STORE') AS store,
                 bit_or(b.buyers) FILTER (WHERE b.channel = 'ESHOP') AS online,
                 bit_or(b.followed) FILTER (WHERE b.channel = 'STORE') AS web_to_store,
                 bit_or(b.followed) FILTER (WHERE b.channel = 'ESHOP') AS store_to_web
          FROM buyers_between(${current.from}::date, ${current.to}::date,
                              ${shopIds}::uuid[], ${timeZone}) b
          WHERE b.channel IN ('STORE', 'ESHOP')
        )
        SELECT COALESCE(bit_count(store | online), bit_count(store), bit_count(online), 0)::int
                 AS buyers,
               COALESCE(bit_count(store & online), 0)::int AS "bothChannels",
               COALESCE(bit_count(web_to_store), 0)::int AS "webToStore",
               COALESCE(bit_count(store_to_web), 0)::int AS "storeToWeb"
        FROM sides`,
    ),
    queryRows<ChannelFlows['cohorts'][number]>(
      db,
      Prisma.sql`SELECT c."signUpSource" AS source,
          to_char(c."createdAt" AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month,
          count(*)::int AS members,
          count(*) FILTER (WHERE bought.purchases >= 1)::int AS buyers,
          count(*) FILTER (WHERE bought.purchases >= 2)::int AS "repeatBuyers"
        FROM "Customer" c
        CROSS JOIN LATERAL (
          SELECT count(*) AS purchases
          FROM (SELECT 1 FROM "Purchase" p WHERE p."customerId" = c.id LIMIT 2) two
        ) bought
        WHERE c."createdAt" >= ${start} AND c."createdAt" < ${end}
          AND ${inShops(Prisma.sql`c."homeShopId"`, shopIds)}
        GROUP BY 1, 2 ORDER BY 2, 1`,
    ),
  ]);
  return { withinDays: FLOW_DAYS, codeJourneys: journeys, ...movers!, cohorts };
};
