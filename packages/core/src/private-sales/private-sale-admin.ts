import {
  type Db,
  type InvitationStatus,
  type MessageChannel,
  Prisma,
  type PrivateSaleKind,
  queryRows,
  type Tx,
} from '@fidele/db';
import { editOf, type RecordedAction, recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { offerPhase, type OfferPhase } from '../offers/offer-rules.ts';
import { compileSegment, type SegmentRule } from '../segments/index.ts';

export type PrivateSaleData = {
  kind: PrivateSaleKind;
  nameEn: string;
  nameFr: string;
  textEn: string;
  textFr: string;
  shopId: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  /** Hours a customer from the waitlist has to confirm a place that freed up for her (24). */
  waitlistOfferHours?: number;
  /** An online event's discount in percent, on each guest's own code (none: no code). */
  discountPercent?: number | null;
  /** Points each guest earns when a till checks her in (0: none). */
  checkInPoints?: number;
  /** Where its invitations go besides the portal (none: the portal only). */
  channels: MessageChannel[];
  tierIds: string[];
  segmentIds: string[];
};

/** Where an event stands: scheduled, live, ended or archived, as offers. */
export type PrivateSalePhase = OfferPhase;

export type InvitationCounts = Record<InvitationStatus, number>;

const noInvitations = (): InvitationCounts => ({
  INVITED: 0,
  ACCEPTED: 0,
  DECLINED: 0,
  WAITLISTED: 0,
  CHECKED_IN: 0,
  LAPSED: 0,
});

export const privateSaleNotFound = () => new AppError('private_sale_not_found');

/**
 * Who edits or reads private sales: a staff member who runs every shop's (`allShops`), or a store
 * manager, whose events are those of the shops they work in, never online ones.
 */
export type PrivateSaleStaff = { staffUserId: string; allShops: boolean };

/** The sales a staff member reaches. */
const reach = (staff: PrivateSaleStaff): Prisma.PrivateSaleWhereInput =>
  staff.allShops ? {} : { shop: { staff: { some: { id: staff.staffUserId } } } };

/** A sale out of the staff member's reach is, to them, no sale at all. */
const reachable = async (tx: Db | Tx, id: string, staff: PrivateSaleStaff) => {
  if (!(await tx.privateSale.count({ where: { id, ...reach(staff) } })))
    throw privateSaleNotFound();
};

const saleSelect = {
  id: true,
  kind: true,
  nameEn: true,
  nameFr: true,
  textEn: true,
  textFr: true,
  shopId: true,
  shop: { select: { id: true, name: true, city: true } },
  startsAt: true,
  endsAt: true,
  capacity: true,
  waitlistOfferHours: true,
  discountPercent: true,
  checkInPoints: true,
  channels: true,
  placesTaken: true,
  archivedAt: true,
  createdAt: true,
  tiers: { select: { tier: { select: { id: true, code: true, name: true, nameFr: true } } } },
  segments: { select: { segment: { select: { id: true, name: true } } } },
} satisfies Prisma.PrivateSaleSelect;

type SaleRow = Prisma.PrivateSaleGetPayload<{ select: typeof saleSelect }>;

const toView = (row: SaleRow, now: Date) => ({
  ...row,
  phase: offerPhase(row, now) as PrivateSalePhase,
  tiers: row.tiers.map(({ tier }) => tier),
  segments: row.segments.map(({ segment }) => segment),
});

export type PrivateSaleView = ReturnType<typeof toView>;

/**
 * A target naming a tier, a segment or a shop that does not exist is refused first; so is, for a
 * store manager, an event online or in a shop they do not work in (`shop_not_yours`).
 */
const checkTargets = async (tx: Tx, data: PrivateSaleData, staff: PrivateSaleStaff) => {
  const tiers = await tx.tier.count({ where: { id: { in: data.tierIds } } });
  const segments = await tx.segment.count({
    where: { id: { in: data.segmentIds }, archivedAt: null },
  });
  if (tiers !== new Set(data.tierIds).size || segments !== new Set(data.segmentIds).size)
    throw new AppError('offer_target_not_found');
  if (data.shopId && !(await tx.shop.count({ where: { id: data.shopId } })))
    throw new AppError('shop_not_found');
  if (
    !staff.allShops &&
    !(
      data.shopId &&
      (await tx.shop.count({
        where: { id: data.shopId, staff: { some: { id: staff.staffUserId } } },
      }))
    )
  )
    throw new AppError('shop_not_yours', 'Your events are those of the shops you work in.', {
      field: 'shopId',
    });
};

const columns = ({ tierIds: _tiers, segmentIds: _segments, ...data }: PrivateSaleData) => ({
  ...data,
  channels: [...new Set(data.channels)],
});

const targets = (data: PrivateSaleData) => ({
  tiers: { create: [...new Set(data.tierIds)].map((tierId) => ({ tierId })) },
  segments: { create: [...new Set(data.segmentIds)].map((segmentId) => ({ segmentId })) },
});

const audit = (tx: Tx, action: RecordedAction, id: string, staffUserId: string, data?: object) =>
  recordAudit(tx, {
    actor: { type: 'STAFF', id: staffUserId },
    action,
    target: { type: 'private_sale', id },
    ...(data ? { data: JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue } : {}),
  });

export const createPrivateSale = async (
  tx: Tx,
  input: { data: PrivateSaleData } & PrivateSaleStaff,
) => {
  await checkTargets(tx, input.data, input);
  const sale = await tx.privateSale.create({
    data: { ...columns(input.data), ...targets(input.data) },
    select: { id: true },
  });
  await audit(tx, 'private_sale.create', sale.id, input.staffUserId, input.data);
  return sale;
};

/** Invitations already sent stay; a capacity below the places taken is refused. */
export const updatePrivateSale = async (
  tx: Tx,
  input: { id: string; data: PrivateSaleData } & PrivateSaleStaff,
) => {
  await reachable(tx, input.id, input);
  // Locked, so an answer cannot take a place while the capacity is being lowered.
  const [current] = await tx.$queryRaw<{ placesTaken: number }[]>`
    SELECT "placesTaken" FROM "PrivateSale" WHERE id = ${input.id}::uuid FOR UPDATE`;
  if (!current) throw privateSaleNotFound();
  if (input.data.capacity < current.placesTaken)
    throw new AppError(
      'private_sale_capacity_below_places',
      `${current.placesTaken} places are already taken: the capacity cannot be lower.`,
      { field: 'capacity' },
    );
  await checkTargets(tx, input.data, input);
  const before = await tx.privateSale.findUniqueOrThrow({
    where: { id: input.id },
    include: { tiers: { select: { tierId: true } }, segments: { select: { segmentId: true } } },
  });
  await tx.privateSale.update({
    where: { id: input.id },
    data: {
      ...columns(input.data),
      tiers: { deleteMany: {}, ...targets(input.data).tiers },
      segments: { deleteMany: {}, ...targets(input.data).segments },
    },
  });
  await audit(
    tx,
    'private_sale.update',
    input.id,
    input.staffUserId,
    editOf(
      {
        ...before,
        tierIds: before.tiers.map((tier) => tier.tierId),
        segmentIds: before.segments.map((segment) => segment.segmentId),
      },
      columns(input.data),
    ),
  );
  return { id: input.id };
};

export const setPrivateSaleArchived = async (
  tx: Tx,
  input: { id: string; archived: boolean } & PrivateSaleStaff,
) => {
  await reachable(tx, input.id, input);
  const updated = await tx.privateSale.updateMany({
    where: { id: input.id },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  if (!updated.count) throw privateSaleNotFound();
  await audit(
    tx,
    input.archived ? 'private_sale.archive' : 'private_sale.restore',
    input.id,
    input.staffUserId,
  );
  return { id: input.id };
};

const countsOf = async (db: Db | Tx, ids: string[]) => {
  const rows = await db.invitation.groupBy({
    by: ['privateSaleId', 'status'],
    where: { privateSaleId: { in: ids } },
    _count: { _all: true },
  });
  const counts = new Map<string, InvitationCounts>();
  for (const row of rows) {
    const of = counts.get(row.privateSaleId) ?? noInvitations();
    of[row.status] = row._count._all;
    counts.set(row.privateSaleId, of);
  }
  return (id: string): InvitationCounts => counts.get(id) ?? noInvitations();
};

/** The private sales in reach, the latest to start first, with their invitations counted. */
export const listPrivateSalesForAdmin = async (
  db: Db,
  staff: PrivateSaleStaff,
  now = new Date(),
) => {
  const rows = await db.privateSale.findMany({
    where: reach(staff),
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: saleSelect,
  });
  const counts = await countsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...toView(row, now), invitations: counts(row.id) }));
};

export const getPrivateSale = async (
  db: Db | Tx,
  id: string,
  staff: PrivateSaleStaff,
  now = new Date(),
) => {
  const row = await db.privateSale.findFirst({
    where: { id, ...reach(staff) },
    select: saleSelect,
  });
  if (!row) throw privateSaleNotFound();
  return { ...toView(row, now), invitations: (await countsOf(db, [id]))(id) };
};

/**
 * Invites every customer the event targets who is not invited yet, in one statement: on one of
 * its tiers (if it names tiers) and in one of its segments (if it names segments), each with a
 * personal code (`INV-` and 12 hex digits from PostgreSQL's random UUIDs) and a notice in their
 * portal; then queues their messages on the event's channels, in the same transaction, for the
 * worker to send. Running it again later invites only those who qualify since.
 */
export const inviteToPrivateSale = async (
  tx: Tx,
  input: { id: string; now?: Date } & PrivateSaleStaff,
) => {
  const now = input.now ?? new Date();
  await reachable(tx, input.id, input);
  const sale = await tx.privateSale.findUnique({
    where: { id: input.id },
    select: {
      endsAt: true,
      archivedAt: true,
      tiers: { select: { tierId: true } },
      segments: { select: { segment: { select: { rule: true } } } },
    },
  });
  if (!sale) throw privateSaleNotFound();
  if (sale.archivedAt || sale.endsAt <= now) throw new AppError('private_sale_over');
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (sale.tiers.length)
    conditions.push(Prisma.sql`c."tierId" = ANY(${sale.tiers.map((t) => t.tierId)}::uuid[])`);
  if (sale.segments.length)
    conditions.push(
      Prisma.sql`(${Prisma.join(
        sale.segments.map(({ segment }) => {
          const { joins, where } = compileSegment(segment.rule as SegmentRule, now);
          return Prisma.sql`c.id IN (SELECT c.id FROM "Customer" c ${joins} WHERE ${where})`;
        }),
        ' OR ',
      )})`,
    );
  const [row] = await queryRows<{ invited: number; ids: string[] }>(
    tx,
    Prisma.sql`
    WITH added AS (
      INSERT INTO "Invitation" ("privateSaleId", "customerId", code)
      SELECT ${input.id}::uuid, c.id,
             'INV-' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12))
      FROM "Customer" c
      WHERE ${Prisma.join(conditions, ' AND ')}
      ON CONFLICT ("privateSaleId", "customerId") DO NOTHING
      RETURNING id, "customerId"
    ), told AS (
      INSERT INTO "Notification" ("customerId", kind, data)
      SELECT a."customerId", 'INVITATION',
             jsonb_build_object('invitationId', a.id, 'privateSaleId', s.id,
                                'nameEn', s."nameEn", 'nameFr', s."nameFr")
      FROM added a JOIN "PrivateSale" s ON s.id = ${input.id}::uuid
    )
    SELECT count(*)::int AS invited, coalesce(array_agg(id), '{}') AS ids FROM added`,
  );
  const [queued] = await queryRows<{ messages: number }>(
    tx,
    Prisma.sql`SELECT queue_invitation_messages(${row!.ids}::uuid[], 'INVITATION', true) AS messages`,
  );
  await audit(tx, 'private_sale.invite', input.id, input.staffUserId, {
    invited: row!.invited,
    messages: queued!.messages,
  });
  return { invited: row!.invited, messages: queued!.messages };
};

/** One page of a private sale's invitations: who, their answer, when they came. */
export const listPrivateSaleInvitations = async (
  db: Db,
  input: { privateSaleId: string; page: number; pageSize: number } & PrivateSaleStaff,
) => {
  await reachable(db, input.privateSaleId, input);
  const where = { privateSaleId: input.privateSaleId };
  const [total, rows] = await Promise.all([
    db.invitation.count({ where }),
    db.invitation.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        status: true,
        answeredAt: true,
        waitlistedAt: true,
        offerExpiresAt: true,
        checkedInAt: true,
        checkedInShop: { select: { name: true } },
        customer: {
          select: {
            id: true,
            firstName: true,
            lastName: true,
            memberCode: true,
            tier: { select: { code: true, name: true, nameFr: true } },
          },
        },
      },
    }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
};
