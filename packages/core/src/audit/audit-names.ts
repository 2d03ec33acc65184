import { type Db, Prisma } from '@fidele/db';

/**
 * Someone or something an entry names: `name` (and `nameFr` for what has a French name too),
 * `context` where it helps (a key's shop, a customer's member code, a shop's city). An erased
 * customer has no name, only `erased`.
 */
export type AuditRef = {
  type: string;
  id: string | null;
  name: string | null;
  nameFr: string | null;
  context: string | null;
  erased: boolean;
};

/** How an actor type names the same records as a target type. */
const ACTOR_AS_TARGET: Record<string, string> = {
  STAFF: 'staff',
  CUSTOMER: 'customer',
  API_KEY: 'api-key',
};

const refKey = (type: string, id: string | null) => `${ACTOR_AS_TARGET[type] ?? type}:${id}`;

const customerName = (c: string) =>
  `CASE WHEN ${c}."erasedAt" IS NULL THEN concat_ws(' ', ${c}."firstName", ${c}."lastName") END`;

/** One SELECT per kind of record with a name: (id, name, nameFr, context, erased). */
const NAMED: Record<string, string> = {
  staff: `SELECT id, name, NULL, NULL, false FROM "StaffUser"`,
  customer: `SELECT id, ${customerName('c')}, NULL,
               CASE WHEN c."erasedAt" IS NULL THEN c."memberCode" END, c."erasedAt" IS NOT NULL
             FROM "Customer" c`,
  'api-key': `SELECT k.id, k.name, NULL, s.name, false FROM "ApiKey" k JOIN "Shop" s ON s.id = k."shopId"`,
  shop: `SELECT id, name, NULL, city, false FROM "Shop"`,
  reward: `SELECT id, "nameEn", "nameFr", NULL, false FROM "Reward"`,
  earn_rule: `SELECT id, name, NULL, NULL, false FROM "EarnRule"`,
  segment: `SELECT id, name, NULL, NULL, false FROM "Segment"`,
  offer: `SELECT id, "titleEn", "titleFr", NULL, false FROM "Offer"`,
  private_sale: `SELECT id, "nameEn", "nameFr", NULL, false FROM "PrivateSale"`,
  game: `SELECT id, "titleEn", "titleFr", NULL, false FROM "Game"`,
  contest: `SELECT id, "titleEn", "titleFr", NULL, false FROM "Contest"`,
  webhook_endpoint: `SELECT id, url, NULL, NULLIF(description, ''), false FROM "WebhookEndpoint"`,
  referral: `SELECT r.id, concat_ws(' → ', COALESCE(${customerName('a')}, '—'),
                                    COALESCE(${customerName('b')}, '—')), NULL, NULL, false
             FROM "Referral" r JOIN "Customer" a ON a.id = r."referrerId"
                               JOIN "Customer" b ON b.id = r."friendId"`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Refs = {
  actorType: string;
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
};

/**
 * Who and what a page of entries names, keyed by `refKey`, in one query whatever the page: one
 * branch per kind of record the page mentions.
 */
export const namesOf = async (db: Db, entries: Refs[]): Promise<Map<string, AuditRef>> => {
  const wanted = new Map<string, Set<string>>();
  for (const entry of entries)
    for (const [type, id] of [
      [ACTOR_AS_TARGET[entry.actorType], entry.actorId],
      [entry.targetType, entry.targetId],
    ] as const)
      if (type && NAMED[type] && id && UUID.test(id))
        wanted.set(type, (wanted.get(type) ?? new Set()).add(id));
  if (!wanted.size) return new Map();
  const branches = [...wanted].map(
    ([type, ids]) => Prisma.sql`
      SELECT ${type} AS type, n.id::text AS id, n.name, n."nameFr", n.context, n.erased
      FROM (${Prisma.raw(NAMED[type]!)}) AS n(id, name, "nameFr", context, erased)
      WHERE n.id = ANY(${[...ids]}::uuid[])`,
  );
  const rows = await db.$queryRaw<AuditRef[]>(Prisma.sql`${Prisma.join(branches, ' UNION ALL ')}`);
  return new Map(rows.map((row) => [refKey(row.type, row.id), row]));
};

/** The entry's actor or target as named in `names`, keeping the entry's own type. */
export const refOf = (names: Map<string, AuditRef>, type: string, id: string | null): AuditRef => ({
  ...(names.get(refKey(type, id)) ?? { name: null, nameFr: null, context: null, erased: false }),
  type,
  id,
});
