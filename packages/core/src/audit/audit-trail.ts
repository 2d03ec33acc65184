import { type ActorType, type Db, Prisma } from '@fidele/db';
import { addDays, dayStart } from '../calendar/programme-days.ts';
import { AppError } from '../errors.ts';
import { PROGRAMME_TIME_ZONE } from '../earning/programme.ts';
import { AUDIT_ACTIONS, TERMINAL_ACTIONS, type TerminalAction } from './audit-actions.ts';
import { type AuditRef, namesOf, refOf } from './audit-names.ts';

export type AuditFilter = {
  /** First and last programme days (ISO dates, Europe/Paris), both included. */
  from?: string;
  to?: string;
  actor?: { type: ActorType; id?: string };
  /** One area of actions (`AUDIT_ACTIONS`'s keys), or one action. */
  area?: string;
  action?: string;
  target?: { type: string; id?: string };
};

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  actor: AuditRef;
  action: string;
  target: AuditRef | null;
  data: Prisma.JsonValue;
};

export type AuditPage = { items: AuditEntryView[]; nextCursor: string | null };

type Row = {
  key: string;
  at: Date;
  actorType: ActorType;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  data: Prisma.JsonValue;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTHING = Prisma.sql`false`;
const and = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`true`;
/** `column = id` for a uuid column, nothing matching when `id` is no uuid. */
const uuidIs = (column: Prisma.Sql, id: string) =>
  UUID.test(id) ? Prisma.sql`${column} = ${id}::uuid` : NOTHING;

/** The actions the filter lets through, or undefined for all. */
const actionsOf = (filter: AuditFilter): readonly string[] | undefined => {
  const area = filter.area
    ? ((AUDIT_ACTIONS as Record<string, readonly string[]>)[filter.area] ?? [])
    : undefined;
  if (!filter.action) return area;
  return !area || area.includes(filter.action) ? [filter.action] : [];
};

/** The instants the days of the filter cover, in the programme's time zone. */
const periodOf = (filter: AuditFilter, at: Prisma.Sql) => [
  ...(filter.from ? [Prisma.sql`${at} >= ${dayStart(filter.from, PROGRAMME_TIME_ZONE)}`] : []),
  ...(filter.to
    ? [Prisma.sql`${at} < ${dayStart(addDays(filter.to, 1), PROGRAMME_TIME_ZONE)}`]
    : []),
];

/** A page's position: its last entry's time and key, opaque to the client. */
type Cursor = { at: Date; key: string };

const encodeCursor = (row: Row) =>
  Buffer.from(`${row.at.toISOString()}|${row.key}`).toString('base64url');

const decodeCursor = (cursor: string | undefined): Cursor | undefined => {
  if (!cursor) return undefined;
  const [at, key] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!key || Number.isNaN(date.getTime()))
    throw new AppError('invalid_request', 'This is no cursor of the audit log: start again.');
  return { at: date, key };
};

/** The audit log's own rows the filter selects. */
const loggedRows = (filter: AuditFilter, actions: readonly string[] | undefined) => {
  const recorded = actions?.filter((a) => !(TERMINAL_ACTIONS as readonly string[]).includes(a));
  if (recorded && !recorded.length) return undefined;
  const conditions = [
    ...periodOf(filter, Prisma.sql`a."createdAt"`),
    ...(recorded ? [Prisma.sql`a.action IN (${Prisma.join(recorded)})`] : []),
    ...(filter.actor ? [Prisma.sql`a."actorType" = ${filter.actor.type}::"ActorType"`] : []),
    ...(filter.actor?.id ? [Prisma.sql`a."actorId" = ${filter.actor.id}`] : []),
    ...(filter.target ? [Prisma.sql`a."targetType" = ${filter.target.type}`] : []),
    ...(filter.target?.id ? [Prisma.sql`a."targetId" = ${filter.target.id}`] : []),
  ];
  return Prisma.sql`
    SELECT 'a' || a.id AS key, a."createdAt" AS at, a."actorType", a."actorId", a.action,
           a."targetType", a."targetId", a.data
    FROM "AuditLog" a WHERE ${and(conditions)}`;
};

/**
 * What tills and the e-shop did with an API key, from their own tables: each as an entry whose
 * actor is the key and whose target is the customer, if any.
 */
const TERMINAL: Record<
  TerminalAction,
  { from: Prisma.Sql; customer: Prisma.Sql; select: Prisma.Sql }
> = {
  'purchase.record': {
    from: Prisma.sql`"Purchase" p`,
    customer: Prisma.sql`p."customerId"`,
    select: Prisma.sql`'p' || p.id, p."createdAt", p."apiKeyId", p."customerId",
        jsonb_build_object('externalId', p."externalId", 'amount', p.amount, 'currency', p.currency,
                           'points', p."pointsEarned")`,
  },
  'refund.record': {
    from: Prisma.sql`"Refund" p JOIN "Purchase" u ON u.id = p."purchaseId"`,
    customer: Prisma.sql`u."customerId"`,
    select: Prisma.sql`'r' || p.id, p."createdAt", p."apiKeyId", u."customerId",
        jsonb_build_object('externalId', p."externalId", 'purchaseExternalId', u."externalId",
                           'amount', p.amount, 'currency', u.currency, 'points', -p."pointsClawedBack")`,
  },
  'code.redeem': {
    from: Prisma.sql`"Redemption" p JOIN "DiscountCode" u ON u.id = p."codeId"`,
    customer: Prisma.sql`u."customerId"`,
    select: Prisma.sql`'d' || p.id, p."createdAt", p."apiKeyId", u."customerId",
        jsonb_build_object('code', u.code, 'amountOff', p."amountOff", 'currency', p.currency,
                           'rolledBack', p."rolledBackAt" IS NOT NULL)`,
  },
};

const terminalRows = (filter: AuditFilter, actions: readonly string[] | undefined) => {
  if (filter.actor && filter.actor.type !== 'API_KEY') return [];
  if (filter.target && filter.target.type !== 'customer') return [];
  return TERMINAL_ACTIONS.filter((action) => !actions || actions.includes(action)).map((action) => {
    const { from, customer, select } = TERMINAL[action];
    const conditions = [
      Prisma.sql`p."apiKeyId" IS NOT NULL`,
      ...periodOf(filter, Prisma.sql`p."createdAt"`),
      ...(filter.actor?.id ? [uuidIs(Prisma.sql`p."apiKeyId"`, filter.actor.id)] : []),
      ...(filter.target?.id ? [uuidIs(customer, filter.target.id)] : []),
    ];
    return Prisma.sql`
        SELECT key, at, 'API_KEY'::"ActorType" AS "actorType", "actorId"::text, ${action} AS action,
               CASE WHEN "targetId" IS NULL THEN NULL ELSE 'customer' END AS "targetType",
               "targetId"::text, data
        FROM (SELECT ${select} FROM ${from} WHERE ${and(conditions)})
          AS t(key, at, "actorId", "targetId", data)`;
  });
};

/** The rows of every source the filter selects, as one query ordered newest first. */
const entriesQuery = (filter: AuditFilter, after: Cursor | undefined, take: number) => {
  const actions = actionsOf(filter);
  const branches = [loggedRows(filter, actions), ...terminalRows(filter, actions)].filter(
    (branch): branch is Prisma.Sql => Boolean(branch),
  );
  if (!branches.length) return undefined;
  // PostgreSQL pushes the cursor's condition down into each branch, which reads its date index.
  const older = after
    ? Prisma.sql`WHERE (e.at, e.key) < (${after.at}::timestamptz, ${after.key})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT e.* FROM (${Prisma.join(branches, ' UNION ALL ')}) e
    ${older}
    ORDER BY e.at DESC, e.key DESC
    LIMIT ${take}`;
};

/** The rows the filter selects, newest first, `pageSize` at a time after `cursor`. */
const rowsOf = async (
  db: Db,
  filter: AuditFilter,
  cursor: Cursor | undefined,
  pageSize: number,
): Promise<Row[]> => {
  const query = entriesQuery(filter, cursor, pageSize);
  return query ? db.$queryRaw<Row[]>(query) : [];
};

const toView = (row: Row, names: Map<string, AuditRef>): AuditEntryView => ({
  id: row.key,
  createdAt: row.at,
  actor: refOf(names, row.actorType, row.actorId),
  action: row.action,
  target: row.targetType ? refOf(names, row.targetType, row.targetId) : null,
  data: row.data,
});

const views = async (db: Db, rows: Row[]) => {
  const names = await namesOf(db, rows);
  return rows.map((row) => toView(row, names));
};

/**
 * The audit log, newest first, one page at a time (keyset: `cursor` is the previous page's
 * `nextCursor`), merged in time order with what tills and the e-shop did with their API keys,
 * with everyone and everything named.
 */
export const listAuditEntries = async (
  db: Db,
  input: AuditFilter & { cursor?: string; pageSize?: number },
): Promise<AuditPage> => {
  const pageSize = Math.min(100, Math.max(1, input.pageSize ?? 25));
  const rows = await rowsOf(db, input, decodeCursor(input.cursor), pageSize + 1);
  const page = rows.slice(0, pageSize);
  return {
    items: await views(db, page),
    nextCursor: rows.length > pageSize ? encodeCursor(page.at(-1)!) : null,
  };
};

const EXPORT_BATCH = 500;

/** Every entry the filter selects, newest first, in batches (the CSV export). */
export async function* eachAuditEntry(db: Db, filter: AuditFilter): AsyncGenerator<AuditEntryView> {
  for (let cursor: Cursor | undefined; ;) {
    const rows = await rowsOf(db, filter, cursor, EXPORT_BATCH);
    yield* await views(db, rows);
    if (rows.length < EXPORT_BATCH) return;
    const last = rows.at(-1)!;
    cursor = { at: last.at, key: last.key };
  }
}
