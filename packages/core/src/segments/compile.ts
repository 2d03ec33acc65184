import { Prisma } from '@fidele/db';
import { amountSpentIn, pointsEarnedIn, type CustomerFigure } from '../tiers/qualifying.ts';
import type { Comparison, SegmentCondition, SegmentRule } from './rule.ts';

/** A segment as SQL over `"Customer" c`: the joins its conditions need, and the filter. */
export type CompiledSegment = { joins: Prisma.Sql; where: Prisma.Sql };

const DAY_MS = 86_400_000;

/**
 * Compiles a segment's rules into one SQL filter on customers. Windowed figures (points earned
 * or spent over N days) come from grouped subqueries (see `CustomerFigure`), joined once per
 * window however many conditions use them, so PostgreSQL reads them in one pass instead of
 * probing per customer; the last purchase and the channels used are kept on the customer as they
 * happen (`customerActivityUpdate`). Every value is a bound parameter.
 */
export const compileSegment = (rule: SegmentRule, now: Date): CompiledSegment => {
  const joins = new Map<string, Prisma.Sql>();
  const join = (alias: string, sql: Prisma.Sql) => {
    if (!joins.has(alias)) joins.set(alias, sql);
    return Prisma.raw(alias);
  };
  const windowed = (alias: string, { joins: sql, value }: CustomerFigure) => {
    join(alias, sql);
    return value;
  };
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const window = (days: number) => ({ since: Prisma.sql`${since(days)}::timestamptz`, now });

  const figure = (value: Prisma.Sql, compare: Comparison): Prisma.Sql => {
    switch (compare.op) {
      case 'gte':
        return Prisma.sql`${value} >= ${compare.value}::int`;
      case 'lte':
        return Prisma.sql`${value} <= ${compare.value}::int`;
      case 'between':
        return Prisma.sql`${value} BETWEEN ${compare.min}::int AND ${compare.max}::int`;
    }
  };

  const condition = (c: SegmentCondition): Prisma.Sql => {
    switch (c.field) {
      case 'tier':
        return Prisma.sql`c."tierId" = ANY(${c.tierIds}::uuid[])`;
      case 'homeShop':
        return Prisma.sql`c."homeShopId" = ANY(${c.shopIds}::uuid[])`;
      case 'consent': {
        const column = Prisma.raw(
          c.channel === 'email' ? 'c."emailConsentAt"' : 'c."smsConsentAt"',
        );
        return c.given ? Prisma.sql`${column} IS NOT NULL` : Prisma.sql`${column} IS NULL`;
      }
      case 'signupDate':
        return Prisma.join(
          [
            ...(c.after ? [Prisma.sql`c."createdAt" >= ${c.after}::timestamptz`] : []),
            ...(c.before ? [Prisma.sql`c."createdAt" < ${c.before}::timestamptz`] : []),
          ],
          ' AND ',
        );
      case 'pointsBalance': {
        const a = join(
          'balance',
          Prisma.sql`JOIN "Account" balance ON balance."customerId" = c.id`,
        );
        return figure(Prisma.sql`${a}.balance`, c.compare);
      }
      case 'pointsEarned': {
        const alias = `earned_${c.days}`;
        return figure(
          windowed(alias, pointsEarnedIn(window(c.days), Prisma.sql`c.id`, alias)),
          c.compare,
        );
      }
      case 'amountSpent': {
        const alias = `spent_${c.days}`;
        return figure(
          windowed(alias, amountSpentIn(window(c.days), Prisma.sql`c.id`, alias)),
          c.compare,
        );
      }
      case 'lastPurchase': {
        if (c.when === 'never') return Prisma.sql`c."lastPurchaseAt" IS NULL`;
        const within = Prisma.sql`c."lastPurchaseAt" > ${since(c.days!)}::timestamptz`;
        return c.when === 'within' ? within : Prisma.sql`NOT COALESCE(${within}, false)`;
      }
      case 'channelsUsed': {
        const wanted = Prisma.sql`${c.channels}::text[]::"Channel"[]`;
        switch (c.match) {
          case 'any':
            return Prisma.sql`COALESCE(c."channelsUsed" && ${wanted}, false)`;
          case 'all':
            return Prisma.sql`COALESCE(c."channelsUsed" @> ${wanted}, false)`;
          case 'none':
            return Prisma.sql`NOT COALESCE(c."channelsUsed" && ${wanted}, false)`;
        }
      }
    }
  };

  const group = (g: SegmentRule): Prisma.Sql =>
    Prisma.sql`(${Prisma.join(
      g.rules.map((r) => ('combinator' in r ? group(r) : Prisma.sql`(${condition(r)})`)),
      g.combinator === 'and' ? ' AND ' : ' OR ',
    )})`;

  const where = group(rule);
  return { joins: joins.size ? Prisma.join([...joins.values()], '\n') : Prisma.empty, where };
};
