import type { Db, OfferBenefit, Prisma, Tx } from '@fidele/db';
import { editOf, type RecordedAction, recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { type DiscountTerms, type DiscountView, toDiscountView } from '../rewards/index.ts';
import { type OfferPhase, offerPhase } from './offer-rules.ts';
import { adminOfferSelect } from './offer-select.ts';

export type OfferData = {
  titleEn: string;
  titleFr: string;
  textEn: string;
  textFr: string;
  imageUrl: string | null;
  tierIds: string[];
  segmentIds: string[];
  startsAt: Date;
  endsAt: Date;
  benefit: OfferBenefit;
  perCustomerLimit: number;
  totalCap: number | null;
} & DiscountTerms;

export type OfferView = Omit<OfferData, 'tierIds' | 'segmentIds'> & {
  id: string;
  phase: OfferPhase;
  discount: DiscountView;
  tiers: { id: string; code: string; name: string; nameFr: string; colour: string; rank: number }[];
  segments: { id: string; name: string }[];
  claimedCount: number;
  archivedAt: Date | null;
  createdAt: Date;
};

export const offerNotFound = () => new AppError('offer_not_found');

type OfferRow = Prisma.OfferGetPayload<{ select: typeof adminOfferSelect }>;

export const toOfferView = (row: OfferRow, now: Date): OfferView => ({
  ...row,
  phase: offerPhase(row, now),
  discount: toDiscountView(row),
  tiers: row.tiers.map(({ tier }) => tier),
  segments: row.segments.map(({ segment }) => segment),
});

// FREE_SHIPPING carries no value; the database CHECK insists on it.
const columns = ({ tierIds: _tiers, segmentIds: _segments, ...data }: OfferData) =>
  data.discountType === 'FREE_SHIPPING' ? { ...data, discountValue: 0, discountCap: null } : data;

/** A target naming a tier or segment that does not exist is refused before anything is written. */
const checkTargets = async (tx: Tx, data: OfferData) => {
  const tiers = await tx.tier.count({ where: { id: { in: data.tierIds } } });
  const segments = await tx.segment.count({
    where: { id: { in: data.segmentIds }, archivedAt: null },
  });
  if (tiers !== new Set(data.tierIds).size || segments !== new Set(data.segmentIds).size)
    throw new AppError('offer_target_not_found');
};

const targets = (data: OfferData) => ({
  tiers: { create: [...new Set(data.tierIds)].map((tierId) => ({ tierId })) },
  segments: { create: [...new Set(data.segmentIds)].map((segmentId) => ({ segmentId })) },
});

const audit = (tx: Tx, action: RecordedAction, id: string, staffUserId: string, data?: object) =>
  recordAudit(tx, {
    actor: { type: 'STAFF', id: staffUserId },
    action,
    target: { type: 'offer', id },
    ...(data ? { data: JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue } : {}),
  });

export const createOffer = async (tx: Tx, input: { data: OfferData; staffUserId: string }) => {
  await checkTargets(tx, input.data);
  const offer = await tx.offer.create({
    data: { ...columns(input.data), ...targets(input.data) },
    select: { id: true },
  });
  await audit(tx, 'offer.create', offer.id, input.staffUserId, input.data);
  return offer;
};

/** Edits apply to claims from now on; codes already issued keep their terms. */
export const updateOffer = async (
  tx: Tx,
  input: { id: string; data: OfferData; staffUserId: string },
) => {
  // Locked, so a claim cannot slip past a cap being lowered.
  const [current] = await tx.$queryRaw<{ claimedCount: number }[]>`
    SELECT "claimedCount" FROM "Offer" WHERE id = ${input.id}::uuid FOR UPDATE`;
  if (!current) throw offerNotFound();
  if (input.data.totalCap !== null && input.data.totalCap < current.claimedCount)
    throw new AppError(
      'offer_cap_below_claims',
      `The offer was already claimed ${current.claimedCount} times: the cap cannot be lower.`,
    );
  await checkTargets(tx, input.data);
  const before = await getOffer(tx, input.id);
  await tx.offer.update({
    where: { id: input.id },
    data: {
      ...columns(input.data),
      tiers: { deleteMany: {}, ...targets(input.data).tiers },
      segments: { deleteMany: {}, ...targets(input.data).segments },
    },
  });
  await audit(
    tx,
    'offer.update',
    input.id,
    input.staffUserId,
    editOf(
      {
        ...before,
        tierIds: before.tiers.map((tier) => tier.id),
        segmentIds: before.segments.map((segment) => segment.id),
      },
      input.data,
    ),
  );
  return { id: input.id };
};

export const setOfferArchived = async (
  tx: Tx,
  input: { id: string; archived: boolean; staffUserId: string },
) => {
  const updated = await tx.offer.updateMany({
    where: { id: input.id },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  if (!updated.count) throw offerNotFound();
  await audit(tx, input.archived ? 'offer.archive' : 'offer.restore', input.id, input.staffUserId);
  return { id: input.id };
};

const phaseWhere = (phase: OfferPhase | undefined, now: Date): Prisma.OfferWhereInput => {
  switch (phase) {
    case undefined:
      return {};
    case 'archived':
      return { archivedAt: { not: null } };
    case 'scheduled':
      return { archivedAt: null, startsAt: { gt: now } };
    case 'live':
      return { archivedAt: null, startsAt: { lte: now }, endsAt: { gt: now } };
    case 'ended':
      return { archivedAt: null, endsAt: { lte: now } };
  }
};

/** One page of offers for the admin, newest start first unless asked otherwise. */
export const listOffersForAdmin = async (
  db: Db,
  input: {
    query?: string;
    status?: OfferPhase;
    sort?: 'startsAt' | 'claimedCount';
    direction?: 'asc' | 'desc';
    page: number;
    pageSize: number;
    now?: Date;
  },
) => {
  const direction = input.direction ?? 'desc';
  const now = input.now ?? new Date();
  const words = input.query?.trim();
  const where: Prisma.OfferWhereInput = {
    AND: [
      phaseWhere(input.status, now),
      words
        ? {
            OR: [
              { titleEn: { contains: words, mode: 'insensitive' } },
              { titleFr: { contains: words, mode: 'insensitive' } },
            ],
          }
        : {},
    ],
  };
  const total = await db.offer.count({ where });
  const rows = await db.offer.findMany({
    where,
    orderBy: [{ [input.sort ?? 'startsAt']: direction }, { id: direction }],
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    select: adminOfferSelect,
  });
  return {
    rows: rows.map((row) => toOfferView(row, now)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
};

export const getOffer = async (db: Db | Tx, id: string, now = new Date()): Promise<OfferView> => {
  const row = await db.offer.findUnique({ where: { id }, select: adminOfferSelect });
  if (!row) throw offerNotFound();
  return toOfferView(row, now);
};
