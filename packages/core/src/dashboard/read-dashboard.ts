import { type Channel, type Db, Prisma, queryRows } from '@fidele/db';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import {
  ACTIVITY_FIGURES,
  type ActivityTotals,
  addActivity,
  noActivity,
  sumActivity,
} from './activity-figures.ts';
import { addDays } from '../calendar/programme-days.ts';
import { type DashboardPeriod, type DayRange, dashboardPeriod } from './dashboard-period.ts';
import { inShops } from './shop-filter.ts';

/** Whose figures: the whole programme, or only what happened in some shops (a store manager's). */
export type DashboardScope = { allShops: true } | { allShops: false; shopIds: string[] };

type Compared = { current: number; previous: number };

export type Dashboard = {
  period: DashboardPeriod;
  /** Members at the end of each period (in the shops: those whose home shop it is). */
  members: Compared;
  /**
   * Members who earned or spent points in the 30 days to `asOf`'s end (in the shops: who bought
   * there), and to the end of the day before the period.
   */
  activeMembers: Compared & { asOf: string };
  /** Points customers hold at each period's end, and what 100 are worth; programme-wide only. */
  pointsHeld: (Compared & { valueOf100Points: number }) | null;
  totals: { current: ActivityTotals; previous: ActivityTotals };
  channels: { channel: Channel; current: ActivityTotals; previous: ActivityTotals }[];
  shops: { shopId: string; name: string; current: ActivityTotals }[];
  /** The current period day by day, per channel. */
  daily: { day: string; channel: Channel; figures: ActivityTotals }[];
  tiers: {
    id: string;
    name: string;
    nameFr: string;
    colour: string;
    members: number;
    upgrades: number;
    downgrades: number;
  }[];
};

type Period = 'current' | 'previous' | 'after';
type ActivityRow = ActivityTotals & {
  period: Period;
  day: string | null;
  channel: Channel;
  shopId: string | null;
  byShop: boolean;
};

const figureSums = Prisma.raw(
  ACTIVITY_FIGURES.map((figure) => `sum(f."${figure}")::float8 AS "${figure}"`).join(', '),
);
const figureColumns = Prisma.raw(ACTIVITY_FIGURES.map((figure) => `a."${figure}"`).join(', '));

/**
 * From the previous period's first day to today: closed days from their rollup, days not rolled
 * up yet (today, or all of them before the worker's first run) live from `activity_by_day`,
 * grouped per day and channel and per shop and channel, each row labelled with its period.
 */
const readActivity = (db: Db, period: DashboardPeriod, shopIds: string[] | null, tz: string) =>
  queryRows<ActivityRow>(
    db,
    Prisma.sql`WITH rolled AS (
        SELECT r.day FROM "RolledUpDay" r
        WHERE r.day >= ${period.previous.from}::date AND r.day < ${period.today}::date
      ),
      -- The rollup starts at the programme's first member or purchase: days before the first day
      -- it rolled up hold nothing. From there, the first day not rolled up on is computed live.
      live_from AS (
        SELECT min(d)::date AS day
        FROM generate_series(
          greatest(${period.previous.from}::date, (SELECT min(r.day) FROM "RolledUpDay" r)),
          ${period.today}::date, interval '1 day') d
        WHERE d::date NOT IN (SELECT day FROM rolled)
      ),
      facts AS (
        SELECT a.day, a.channel, a."shopId", ${figureColumns} FROM "DailyActivity" a
        WHERE a.day IN (SELECT day FROM rolled)
        UNION ALL
        SELECT a.* FROM live_from lf CROSS JOIN LATERAL activity_by_day(
          lf.day::timestamp AT TIME ZONE ${tz},
          (${period.today}::date + 1)::timestamp AT TIME ZONE ${tz}, ${tz}) a
        WHERE a.day NOT IN (SELECT day FROM rolled)
      ),
      labelled AS (
        SELECT CASE WHEN f.day > ${period.current.to}::date THEN 'after'
                    WHEN f.day >= ${period.current.from}::date THEN 'current'
                    ELSE 'previous' END AS period, f.*
        FROM facts f
        WHERE f.day >= ${period.previous.from}::date
          AND ${inShops(Prisma.sql`f."shopId"`, shopIds)}
      )
      SELECT f.period, to_char(f.day, 'YYYY-MM-DD') AS day, f.channel, f."shopId",
             grouping(f.day) = 1 AS "byShop", ${figureSums}
      FROM labelled f
      GROUP BY GROUPING SETS ((f.period, f.day, f.channel), (f.period, f.channel, f."shopId"))`,
  );

type StateRow = {
  members: number;
  membersBefore: number;
  active: number;
  activeBefore: number;
  pointsHeldNow: number;
  valueOf100Points: number;
};

/**
 * Members, active members and the points customers hold now: the figures that are a state, not a
 * sum. Active members are counted at the end of a closed day (the period's last, or yesterday
 * for a period ending today), from the rollup's count when it has one.
 */
const readState = async (db: Db, period: DashboardPeriod, shopIds: string[] | null, tz: string) => {
  const end = Prisma.sql`(${period.current.to}::date + 1)::timestamp AT TIME ZONE ${tz}`;
  const previousEnd = Prisma.sql`${period.current.from}::date::timestamp AT TIME ZONE ${tz}`;
  const members = (before: Prisma.Sql) =>
    Prisma.sql`(SELECT count(*)::int FROM "Customer" c WHERE c."createdAt" < ${before}
      AND ${inShops(Prisma.sql`c."homeShopId"`, shopIds)})`;
  // Programme-wide, active means points earned or spent; in some shops, a purchase there (from
  // the rollup's bitmaps of buyers).
  const active = (day: string) =>
    shopIds
      ? Prisma.sql`active_buyers(${day}::date, ${shopIds}::uuid[], ${tz})`
      : Prisma.sql`COALESCE((SELECT r."activeMembers" FROM "RolledUpDay" r WHERE r.day = ${day}::date),
                            active_members((${day}::date + 1)::timestamp AT TIME ZONE ${tz}))`;
  const [row] = await queryRows<StateRow>(
    db,
    Prisma.sql`SELECT ${members(end)} AS members, ${members(previousEnd)} AS "membersBefore",
      ${active(activeAsOf(period))} AS active,
      ${active(addDays(period.current.from, -1))} AS "activeBefore",
      (SELECT COALESCE(sum(a.balance), 0)::float8 FROM "Account" a
       WHERE a.kind IN ('CUSTOMER', 'CUSTOMER_PENDING', 'CUSTOMER_DEBT')) AS "pointsHeldNow",
      COALESCE((SELECT s."valueOf100Points" FROM "ProgrammeSettings" s WHERE s.id = 1), 500)
        AS "valueOf100Points"`,
  );
  return row!;
};

/** Each tier's members now (in the shops: whose home shop it is), and its moves in the period. */
const readTiers = (db: Db, period: DashboardPeriod, shopIds: string[] | null, tz: string) =>
  queryRows<Dashboard['tiers'][number]>(
    db,
    Prisma.sql`WITH moves AS (
        SELECT tc."toTierId" AS tier,
               count(*) FILTER (WHERE ft.rank IS NULL OR ft.rank < tt.rank)::int AS upgrades,
               count(*) FILTER (WHERE ft.rank > tt.rank)::int AS downgrades
        FROM "TierChange" tc
        JOIN "Tier" tt ON tt.id = tc."toTierId"
        LEFT JOIN "Tier" ft ON ft.id = tc."fromTierId"
        JOIN "Customer" c ON c.id = tc."customerId"
        WHERE tc."createdAt" >= ${period.current.from}::date::timestamp AT TIME ZONE ${tz}
          AND tc."createdAt" < (${period.current.to}::date + 1)::timestamp AT TIME ZONE ${tz}
          AND ${inShops(Prisma.sql`c."homeShopId"`, shopIds)}
        GROUP BY tc."toTierId"
      ),
      counted AS (
        SELECT c."tierId" AS tier, count(*)::int AS members FROM "Customer" c
        WHERE ${inShops(Prisma.sql`c."homeShopId"`, shopIds)}
        GROUP BY c."tierId"
      )
      SELECT t.id, t.name, t."nameFr", t.colour, COALESCE(n.members, 0) AS members,
             COALESCE(m.upgrades, 0) AS upgrades, COALESCE(m.downgrades, 0) AS downgrades
      FROM "Tier" t LEFT JOIN counted n ON n.tier = t.id LEFT JOIN moves m ON m.tier = t.id
      ORDER BY t.rank`,
  );

const figuresOf = (row: ActivityRow): ActivityTotals => addActivity(noActivity(), row);

/** The closed day whose end active members are counted at: the period's last, at most yesterday. */
const activeAsOf = (period: DashboardPeriod) =>
  period.current.to < period.today ? period.current.to : addDays(period.today, -1);

/**
 * The admin's dashboard for a range of days of the programme's time zone, compared with as many
 * days just before; in a store manager's scope, only what happened in their shops.
 */
export const readDashboard = async (
  db: Db,
  input: { range: DayRange; scope: DashboardScope; now?: Date },
  timeZone: string = PROGRAMME_TIME_ZONE,
): Promise<Dashboard> => {
  const period = dashboardPeriod(input.range, input.now ?? new Date(), timeZone);
  const shopIds = input.scope.allShops ? null : input.scope.shopIds;
  const [activity, state, tiers] = await Promise.all([
    readActivity(db, period, shopIds, timeZone),
    readState(db, period, shopIds, timeZone),
    readTiers(db, period, shopIds, timeZone),
  ]);

  const channels = new Map<Channel, { current: ActivityTotals; previous: ActivityTotals }>();
  const shops = new Map<string, ActivityTotals>();
  const daily: Dashboard['daily'] = [];
  const netAfter = noActivity();
  for (const row of activity) {
    if (row.byShop) {
      if (row.period === 'current' && row.shopId)
        addActivity(
          shops.get(row.shopId) ?? shops.set(row.shopId, noActivity()).get(row.shopId)!,
          row,
        );
      continue;
    }
    if (row.period === 'after') {
      addActivity(netAfter, row);
      continue;
    }
    const channel =
      channels.get(row.channel) ??
      channels
        .set(row.channel, { current: noActivity(), previous: noActivity() })
        .get(row.channel)!;
    addActivity(channel[row.period], row);
    if (row.period === 'current')
      daily.push({ day: row.day!, channel: row.channel, figures: figuresOf(row) });
  }
  const channelList = [...channels].map(([channel, figures]) => ({ channel, ...figures }));
  const totals = {
    current: sumActivity(channelList.map((c) => c.current)),
    previous: sumActivity(channelList.map((c) => c.previous)),
  };
  const shopNames = await db.shop.findMany({
    where: { id: { in: [...shops.keys()] } },
    select: { id: true, name: true },
  });
  const heldAtEnd = state.pointsHeldNow - netAfter.pointsNet;
  return {
    period,
    members: { current: state.members, previous: state.membersBefore },
    activeMembers: {
      current: state.active,
      previous: state.activeBefore,
      asOf: activeAsOf(period),
    },
    pointsHeld: shopIds
      ? null
      : {
          current: heldAtEnd,
          previous: heldAtEnd - totals.current.pointsNet,
          valueOf100Points: state.valueOf100Points,
        },
    totals,
    channels: channelList,
    shops: shopNames
      .map(({ id, name }) => ({ shopId: id, name, current: shops.get(id)! }))
      .sort((a, b) => b.current.purchaseAmount - a.current.purchaseAmount),
    daily: daily.sort((a, b) => a.day.localeCompare(b.day) || a.channel.localeCompare(b.channel)),
    tiers,
  };
};
