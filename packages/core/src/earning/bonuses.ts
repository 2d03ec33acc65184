import { type Channel, Prisma, type Tx } from '@fidele/db';
import { recordMovement } from '../ledger/index.ts';
import { ruleApplies, type EarnRuleData } from './engine.ts';
import { loadEarnRules, PROGRAMME_TIME_ZONE } from './programme.ts';

/**
 * Fixed-point bonuses: points given once for an event of the customer's life in the programme,
 * not for a basket. Each bonus is a movement of its own whose source id says what it was given
 * for; that id is unique per movement, so "once" holds even when two events race.
 */

export const BONUS_KINDS = [
  'SIGNUP_BONUS',
  'PROFILE_BONUS',
  'BIRTHDAY_BONUS',
  'NEW_CHANNEL_BONUS',
] as const;
export type BonusKind = (typeof BONUS_KINDS)[number];

export const BONUS_SOURCE_TYPE = 'BONUS';

export type BonusEvent = {
  customerId: string;
  kind: BonusKind;
  /** Where the event happened: STORE at a till, APP on the portal, the purchase's channel. */
  channel: Channel;
  at: Date;
  /** The shop of the event, for rules limited to some shops. */
  shopId?: string;
};

export type GrantedBonus = { ruleId: string; label: string; points: number; balance: number };

/** The year of `at` in the programme's calendar: a birthday bonus is given once per such year. */
const programmeYear = (at: Date) =>
  Number(
    new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: PROGRAMME_TIME_ZONE }).format(at),
  );

/** What a bonus is given once for: the customer, and the year or the channel where it repeats. */
export const bonusSourceId = (event: BonusEvent): string => {
  switch (event.kind) {
    case 'SIGNUP_BONUS':
      return `signup:${event.customerId}`;
    case 'PROFILE_BONUS':
      return `profile:${event.customerId}`;
    case 'BIRTHDAY_BONUS':
      return `birthday:${event.customerId}:${programmeYear(event.at)}`;
    case 'NEW_CHANNEL_BONUS':
      return `channel:${event.customerId}:${event.channel}`;
  }
};

/**
 * `bonusSourceId` as an SQL value, for a customer named by a column of the statement it is part
 * of: the same id, built around the customer's.
 */
export const bonusSourceIdIn = (
  event: Omit<BonusEvent, 'customerId'>,
  customerId: Prisma.Sql,
): Prisma.Sql => {
  const [before, after] = bonusSourceId({ ...event, customerId: CUSTOMER_MARK }).split(
    CUSTOMER_MARK,
  );
  return Prisma.sql`${before}::text || ${customerId}::text || ${after}::text`;
};

const CUSTOMER_MARK = '\u0000';

/**
 * The rule that pays for an event: among the live rules of its kind (channels, shops, dates and
 * weekdays as for purchases), the most generous. Only one is paid, since the event is paid once.
 */
export const bonusRuleFor = (rules: EarnRuleData[], event: BonusEvent): EarnRuleData | undefined =>
  rules
    .filter(
      (rule) =>
        rule.kind === event.kind &&
        (rule.points ?? 0) > 0 &&
        ruleApplies(
          rule,
          {
            channel: event.channel,
            shopId: event.shopId,
            amount: 0,
            currency: 'EUR',
            occurredAt: event.at,
          },
          PROGRAMME_TIME_ZONE,
        ),
    )
    .sort((a, b) => (b.points ?? 0) - (a.points ?? 0))[0];

/**
 * Gives the bonus of an event, once: `null` when no rule pays for it or it was already given.
 * The customer's account row is locked before the check, so a concurrent grant of the same bonus
 * waits and then finds it given (a failed unique insert would abort the whole transaction).
 */
export const grantBonus = async (tx: Tx, event: BonusEvent): Promise<GrantedBonus | null> => {
  const rule = bonusRuleFor(await loadEarnRules(tx), event);
  if (!rule) return null;
  const sourceId = bonusSourceId(event);
  await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "customerId" = ${event.customerId}::uuid FOR UPDATE`;
  const given = await tx.movement.findFirst({
    where: { sourceType: BONUS_SOURCE_TYPE, sourceId, type: 'EARN' },
    select: { id: true },
  });
  if (given) return null;
  const points = rule.points ?? 0;
  const { balance } = await recordMovement(tx, {
    customerId: event.customerId,
    type: 'EARN',
    channel: event.channel,
    points,
    source: { type: BONUS_SOURCE_TYPE, id: sourceId },
    reason: rule.name,
  });
  return { ruleId: rule.id, label: rule.name, points, balance };
};

/** Gives the bonus of an event once; the points given (0 when no rule or already given). */
export const awardBonus = async (tx: Tx, event: BonusEvent): Promise<number> =>
  (await grantBonus(tx, event))?.points ?? 0;
