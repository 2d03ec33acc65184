import {
  type Db,
  type MessageChannel,
  type MessageKind,
  Prisma,
  queryRows,
  type Tx,
} from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { PROGRAMME_TIME_ZONE } from '../earning/programme.ts';

/** The words an automation may have of its own, per language; null keeps the default wording. */
export type AutomationTexts = {
  subjectEn: string | null;
  subjectFr: string | null;
  bodyEn: string | null;
  bodyFr: string | null;
  smsEn: string | null;
  smsFr: string | null;
};

export type Automation = {
  kind: MessageKind;
  enabled: boolean;
  channels: MessageChannel[];
  /** Days ahead it warns, for the automations about expiries; null for the others. */
  daysBefore: number | null;
  texts: AutomationTexts;
};

/** Everything the platform sends by itself, in the order the admin lists them. */
const KINDS: MessageKind[] = [
  'WELCOME',
  'BIRTHDAY',
  'TIER_UPGRADE',
  'POINTS_EXPIRING',
  'CODE_EXPIRING',
  'INVITATION',
  'INVITATION_REMINDER',
  'WAITLIST_PLACE',
  'CONTEST_WON',
  'RETENTION_WARNING',
];

/** How many days ahead the warnings go out until the brand says otherwise. */
const DAYS_BEFORE: Partial<Record<MessageKind, number>> = { POINTS_EXPIRING: 30, CODE_EXPIRING: 7 };

/** The channels until the brand chooses: email, but a win is told on both. */
const CHANNELS: Partial<Record<MessageKind, MessageChannel[]>> = { CONTEST_WON: ['EMAIL', 'SMS'] };

/**
 * Automations about something that is hers, a prize she won: transactional like an event's
 * service messages (sent at once, outside the caps and the sending hours, no unsubscribe link),
 * yet, like every automation, queued only on the channels she consented to.
 */
const SERVICE_KINDS: readonly MessageKind[] = ['CONTEST_WON'];

const NO_TEXTS: AutomationTexts = {
  subjectEn: null,
  subjectFr: null,
  bodyEn: null,
  bodyFr: null,
  smsEn: null,
  smsFr: null,
};

/**
 * Every automation as it stands: a kind nobody changed is on, on its default channels, with its
 * default days and words (its row is written the first time it is saved).
 */
export const listAutomations = async (db: Db | Tx): Promise<Automation[]> => {
  const rows = await db.messageAutomation.findMany();
  return KINDS.map((kind) => {
    const row = rows.find((saved) => saved.kind === kind);
    if (!row)
      return {
        kind,
        enabled: true,
        channels: CHANNELS[kind] ?? ['EMAIL'],
        daysBefore: DAYS_BEFORE[kind] ?? null,
        texts: NO_TEXTS,
      };
    const { kind: _, enabled, channels, daysBefore, updatedAt: __, ...texts } = row;
    return { kind, enabled, channels, daysBefore: daysBefore ?? DAYS_BEFORE[kind] ?? null, texts };
  });
};

export const getAutomation = async (db: Db | Tx, kind: MessageKind) =>
  (await listAutomations(db)).find((automation) => automation.kind === kind)!;

/** An automation switched, re-channelled or reworded by staff, audited with before and after. */
export const saveAutomation = async (
  tx: Tx,
  input: { data: Automation; staffUserId: string },
): Promise<Automation> => {
  const { kind, enabled, channels, texts } = input.data;
  const before = await getAutomation(tx, kind);
  const daysBefore = DAYS_BEFORE[kind] === undefined ? null : input.data.daysBefore;
  const data = { enabled, channels: [...new Set(channels)], daysBefore, ...texts };
  await tx.messageAutomation.upsert({ where: { kind }, create: { kind, ...data }, update: data });
  const after = await getAutomation(tx, kind);
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'automation.update',
    target: { type: 'automation', id: kind },
    data: { before, after },
  });
  return after;
};

/**
 * Queues one automation's messages for the customers `due` selects (`customerId`, `data`,
 * `reference`), on each of its channels, in one statement. A reference names what a message is
 * about, so a customer is never told twice about the same thing whatever runs again. Like an
 * invitation's, a message that cannot go out (no consent, no phone) is kept as skipped, with why.
 */
export const queueAutomation = async (
  tx: Tx,
  automation: Automation,
  due: Prisma.Sql,
): Promise<number> => {
  if (!automation.enabled || !automation.channels.length) return 0;
  const [queued] = await queryRows<{ messages: number }>(
    tx,
    Prisma.sql`
    WITH due AS (${due}), queued AS (
      INSERT INTO "Message" ("customerId", channel, kind, marketing, data, reference, status, hold)
      SELECT c.id, ch, ${automation.kind}::"MessageKind",
             ${!SERVICE_KINDS.includes(automation.kind)}::boolean, due.data, due.reference,
             CASE WHEN b.blocked IS NULL THEN 'QUEUED' ELSE 'SKIPPED' END::"MessageStatus",
             b.blocked
      FROM due
      JOIN "Customer" c ON c.id = due."customerId"
      CROSS JOIN unnest(${automation.channels}::"MessageChannel"[]) ch
      CROSS JOIN LATERAL (
        SELECT CASE
          WHEN ch = 'SMS' AND c.phone IS NULL THEN 'NO_ADDRESS'::"MessageHold"
          WHEN (ch = 'EMAIL' AND c."emailConsentAt" IS NULL)
               OR (ch = 'SMS' AND c."smsConsentAt" IS NULL) THEN 'NO_CONSENT'::"MessageHold"
        END AS blocked) b
      ON CONFLICT ("customerId", kind, channel, reference) DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS messages FROM queued`,
  );
  return queued!.messages;
};

/** Members who joined within the last day. */
const welcomeDue = (now: Date) => Prisma.sql`
  SELECT id AS "customerId", jsonb_build_object('memberCode', "memberCode") AS data,
         'welcome' AS reference
  FROM "Customer"
  WHERE "createdAt" > ${now}::timestamptz - interval '1 day' AND "createdAt" <= ${now}::timestamptz`;

/**
 * Upgrades of the last day to a tier the customer still holds (two upgrades in a day tell her of
 * the last one): the tier's name and benefits, and what keeps it.
 */
const tierUpgradeDue = (now: Date) => Prisma.sql`
  SELECT tc."customerId", tc.id::text AS reference,
         jsonb_build_object('nameEn', t.name, 'nameFr', t."nameFr",
                            'benefitsEn', t."benefitsEn", 'benefitsFr', t."benefitsFr",
                            'metric', s."tierMetric", 'threshold', t.threshold,
                            'windowMonths', s."tierWindowMonths") AS data
  FROM "TierChange" tc
  JOIN "Tier" t ON t.id = tc."toTierId"
  LEFT JOIN "Tier" f ON f.id = tc."fromTierId"
  JOIN "Customer" c ON c.id = tc."customerId" AND c."tierId" = tc."toTierId"
  CROSS JOIN "ProgrammeSettings" s
  WHERE s.id = 1
    AND tc."createdAt" > ${now}::timestamptz - interval '1 day'
    AND tc."createdAt" <= ${now}::timestamptz
    AND t.rank > COALESCE(f.rank, (SELECT min(rank) FROM "Tier"))
    -- A merge gives her the tier another account of hers already held: not news.
    AND tc.reason <> 'MERGED'`;

/**
 * Spendable points that expire within the automation's days: how many, and the day the last of
 * them goes. Told at most once per such period, so points expiring day after day make one
 * message, not one a day.
 */
const pointsExpiringDue = (now: Date, days: number) => Prisma.sql`
  SELECT l."customerId",
         jsonb_build_object('points', sum(l.remaining), 'until', max(l."expiresAt")) AS data,
         to_char(max(l."expiresAt") AT TIME ZONE ${PROGRAMME_TIME_ZONE}, 'YYYY-MM-DD') AS reference
  FROM "PointLot" l
  WHERE l.remaining > 0 AND l."pendingUntil" IS NULL
    AND l."expiresAt" > ${now}::timestamptz
    AND l."expiresAt" <= ${now}::timestamptz + make_interval(days => ${days})
    AND NOT EXISTS (SELECT 1 FROM "Message" m
                    WHERE m."customerId" = l."customerId" AND m.kind = 'POINTS_EXPIRING'
                      AND m."createdAt" > ${now}::timestamptz - make_interval(days => ${days}))
  GROUP BY l."customerId"`;

/** Unused discount codes ending within the automation's days (not an event's own code). */
const codeExpiringDue = (now: Date, days: number) => Prisma.sql`
  SELECT dc."customerId", dc.id::text AS reference,
         jsonb_build_object('code', dc.code, 'validUntil', dc."validUntil",
                            'nameEn', COALESCE(r."nameEn", o."titleEn", dc.code),
                            'nameFr', COALESCE(r."nameFr", o."titleFr", dc.code)) AS data
  FROM "DiscountCode" dc
  LEFT JOIN "Reward" r ON r.id = dc."rewardId"
  LEFT JOIN "Offer" o ON o.id = dc."offerId"
  WHERE dc.status = 'ACTIVE' AND dc."invitationId" IS NULL
    AND dc."validUntil" > ${now}::timestamptz
    AND dc."validUntil" <= ${now}::timestamptz + make_interval(days => ${days})`;

// One run at a time: two runs at once would each find the same customers untold.
const lockRuns = (tx: Tx) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('message-automations'))`;

/**
 * Queues what the automations owe since their last run: welcomes and tier upgrades (the worker
 * runs it every few minutes) and, with `expiries`, the warnings about points and codes about to
 * expire (once a day). Each automation switched off queues nothing.
 */
export const queueAutomationMessages = async (
  db: Db,
  { now = new Date(), expiries = false }: { now?: Date; expiries?: boolean } = {},
) =>
  db.$transaction(
    async (tx) => {
      await lockRuns(tx);
      const automations = await listAutomations(tx);
      const of = (kind: MessageKind) => automations.find((automation) => automation.kind === kind)!;
      const welcome = await queueAutomation(tx, of('WELCOME'), welcomeDue(now));
      const tierUpgrade = await queueAutomation(tx, of('TIER_UPGRADE'), tierUpgradeDue(now));
      if (!expiries) return { welcome, tierUpgrade };
      const points = of('POINTS_EXPIRING');
      const codes = of('CODE_EXPIRING');
      return {
        welcome,
        tierUpgrade,
        pointsExpiring: await queueAutomation(
          tx,
          points,
          pointsExpiringDue(now, points.daysBefore!),
        ),
        codeExpiring: await queueAutomation(tx, codes, codeExpiringDue(now, codes.daysBefore!)),
      };
    },
    { timeout: 120_000 },
  );

/**
 * The birthday message, queued in the transaction that gives the birthday bonus (with its
 * points, none when the programme gives no bonus): once a year per customer and channel. The
 * caller reads the automation once for the day's birthdays.
 */
export const queueBirthdayMessage = (
  tx: Tx,
  automation: Automation,
  input: { customerId: string; points: number; year: number },
) =>
  queueAutomation(
    tx,
    automation,
    Prisma.sql`SELECT ${input.customerId}::uuid AS "customerId",
                      jsonb_build_object('points', ${input.points}::int) AS data,
                      ${String(input.year)} AS reference`,
  );
