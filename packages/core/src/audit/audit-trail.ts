import type { ActorType, Db, Prisma } from '@fidele/db';

export type AuditFilter = {
  target?: { type: string; id?: string };
  action?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
};

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  /** `name` is the staff member's name or the API key's name, when they still exist. */
  actor: { type: ActorType; id: string | null; name: string | null };
  action: string;
  /** `name` is the customer's, shop's, staff member's or API key's name, when it still exists. */
  target: { type: string; id: string | null; name: string | null } | null;
  data: Prisma.JsonValue;
};

export type AuditPage = { items: AuditEntryView[]; total: number; page: number; pageSize: number };

export const auditWhere = (filter: AuditFilter): Prisma.AuditLogWhereInput => ({
  ...(filter.target ? { targetType: filter.target.type, targetId: filter.target.id } : {}),
  ...(filter.action ? { action: filter.action } : {}),
});

/** The audit log, newest first, one page at a time, with who did each thing by name. */
export const listAuditEntries = async (db: Db, filter: AuditFilter): Promise<AuditPage> => {
  const page = Math.max(1, filter.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, filter.pageSize ?? 25));
  const where = auditWhere(filter);
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const names = await namesOf(db, entries);
  return {
    items: entries.map((entry) => ({
      id: entry.id.toString(),
      createdAt: entry.createdAt,
      actor: {
        type: entry.actorType,
        id: entry.actorId,
        name: names.get(`${entry.actorType}:${entry.actorId}`) ?? null,
      },
      action: entry.action,
      target: entry.targetType
        ? {
            type: entry.targetType,
            id: entry.targetId,
            name: names.get(`${entry.targetType}:${entry.targetId}`) ?? null,
          }
        : null,
      data: entry.data,
    })),
    total,
    page,
    pageSize,
  };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Refs = {
  actorType: ActorType;
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
};

const idsOf = (entries: Refs[], kind: 'actor' | 'target', type: string) => [
  ...new Set(
    entries.flatMap((e) => {
      const [entryType, id] =
        kind === 'actor' ? [e.actorType, e.actorId] : [e.targetType, e.targetId];
      return entryType === type && id && UUID.test(id) ? [id] : [];
    }),
  ),
];

/**
 * Names of the people and things a page of entries mentions, keyed `<type>:<id>`: staff and API
 * keys as actors; customers, shops, staff and API keys as targets. Four small queries, whatever
 * the page.
 */
const namesOf = async (db: Db, entries: Refs[]): Promise<Map<string, string>> => {
  const apiKeyIds = [
    ...new Set([...idsOf(entries, 'actor', 'API_KEY'), ...idsOf(entries, 'target', 'api-key')]),
  ];
  const staffIds = [
    ...new Set([...idsOf(entries, 'actor', 'STAFF'), ...idsOf(entries, 'target', 'staff')]),
  ];
  const [staff, keys, customers, shops] = await Promise.all([
    db.staffUser.findMany({
      where: { id: { in: staffIds } },
      select: { id: true, name: true },
    }),
    db.apiKey.findMany({ where: { id: { in: apiKeyIds } }, select: { id: true, name: true } }),
    db.customer.findMany({
      where: { id: { in: idsOf(entries, 'target', 'customer') } },
      select: { id: true, firstName: true, lastName: true },
    }),
    db.shop.findMany({
      where: { id: { in: idsOf(entries, 'target', 'shop') } },
      select: { id: true, name: true },
    }),
  ]);
  return new Map([
    ...staff.flatMap((s) => [
      [`STAFF:${s.id}`, s.name] as const,
      [`staff:${s.id}`, s.name] as const,
    ]),
    ...keys.flatMap((k) => [
      [`API_KEY:${k.id}`, k.name] as const,
      [`api-key:${k.id}`, k.name] as const,
    ]),
    ...customers.map(
      (c) => [`customer:${c.id}`, [c.firstName, c.lastName].filter(Boolean).join(' ')] as const,
    ),
    ...shops.map((s) => [`shop:${s.id}`, s.name] as const),
  ]);
};
