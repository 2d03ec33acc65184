import { type Channel, type Db, Prisma, queryRows, type SignUpSource } from '@fidele/db';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import { type DayRange, dashboardPeriod } from './dashboard-period.ts';
import type { DashboardScope } from './read-dashboard.ts';
import { inShops } from './shop-filter.ts';

/** Days within which an online step counts as leading to a shop purchase (and the reverse). */
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
 * and the reverse, and the period's sign-up cohorts with their repeat purchases. Computed live
 * from the period's rows (block-range indexes on their dates); in some shops, from their purchases,
 * redemptions and members.
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
  const within = Prisma.sql`${FLOW_DAYS} * interval '1 day'`;
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
    // One pass over the period's purchases and what came in the FLOW_DAYS before them, in time
    // order per customer: each purchase sees the last online step and the last shop purchase
    // before it. Only the period's purchases (in the shops, when scoped) count; the others and
    // the points won online are context.
    queryRows<Pick<ChannelFlows, 'buyers' | 'bothChannels' | 'webToStore' | 'storeToWeb'>>(
      db,
      Prisma.sql`WITH steps AS (
          SELECT p."customerId" AS customer, p.channel::text AS kind, p."occurredAt" AS at,
                 p."occurredAt" >= ${start} AND ${inShops(Prisma.sql`p."shopId"`, shopIds)} AS counted
          FROM "Purchase" p
          WHERE p."customerId" IS NOT NULL AND p.channel IN ('STORE', 'ESHOP')
            AND p."occurredAt" >= ${start} - ${within} AND p."occurredAt" < ${end}
          UNION ALL
          SELECT m."customerId", 'APP', m."createdAt", false
          FROM "Movement" m
          WHERE m.points > 0 AND m.channel IN ('APP', 'SOCIAL', 'REFERRAL')
            AND m."createdAt" >= ${start} - ${within} AND m."createdAt" < ${end}
        ),
        followed AS (
          SELECT customer, kind, counted,
                 kind = 'STORE' AND max(at) FILTER (WHERE kind <> 'STORE') OVER before_it
                   >= at - ${within} AS web_to_store,
                 kind = 'ESHOP' AND max(at) FILTER (WHERE kind = 'STORE') OVER before_it
                   >= at - ${within} AS store_to_web
          FROM steps
          WINDOW before_it AS (PARTITION BY customer ORDER BY at
                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
        ),
        per_customer AS (
          SELECT count(DISTINCT kind) FILTER (WHERE counted) AS channels,
                 bool_or(counted AND web_to_store) AS web_to_store,
                 bool_or(counted AND store_to_web) AS store_to_web
          FROM followed GROUP BY customer HAVING bool_or(counted)
        )
        SELECT count(*)::int AS buyers,
               count(*) FILTER (WHERE channels = 2)::int AS "bothChannels",
               count(*) FILTER (WHERE web_to_store)::int AS "webToStore",
               count(*) FILTER (WHERE store_to_web)::int AS "storeToWeb"
        FROM per_customer`,
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
