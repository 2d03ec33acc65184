import type { Db, Prisma } from '@fidele/db';
import { formatCode } from '../rewards/index.ts';

const claimSelect = {
  id: true,
  createdAt: true,
  channel: true,
  shop: { select: { id: true, name: true } },
  customer: { select: { id: true, memberCode: true, firstName: true, lastName: true } },
  code: { select: { code: true, status: true, validUntil: true, redeemedAt: true } },
} as const satisfies Prisma.OfferClaimSelect;

/** Claims of an offer, latest first: who, when, where, and what became of the code. */
const readClaims = async (
  db: Db,
  input: { offerId: string; skip: number; take: number; now: Date },
) =>
  (
    await db.offerClaim.findMany({
      where: { offerId: input.offerId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: input.skip,
      take: input.take,
      select: claimSelect,
    })
  ).map((row) => ({
    ...row,
    code: row.code && {
      ...row.code,
      formatted: formatCode(row.code.code),
      /** ACTIVE codes past their end date read as expired. */
      expired: row.code.status === 'ACTIVE' && row.code.validUntil <= input.now,
    },
  }));

export type OfferClaimRow = Awaited<ReturnType<typeof readClaims>>[number];

/** One page of an offer's claims, for its admin page. */
export const listOfferClaims = async (
  db: Db,
  input: { offerId: string; page: number; pageSize: number; now?: Date },
) => ({
  rows: await readClaims(db, {
    offerId: input.offerId,
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    now: input.now ?? new Date(),
  }),
  total: await db.offerClaim.count({ where: { offerId: input.offerId } }),
  page: input.page,
  pageSize: input.pageSize,
});

const EXPORT_BATCH = 500;

/** Every claim of an offer in batches, so an export never holds them all in memory. */
export async function* eachOfferClaim(db: Db, offerId: string): AsyncGenerator<OfferClaimRow> {
  const now = new Date();
  for (let skip = 0; ; skip += EXPORT_BATCH) {
    const batch = await readClaims(db, { offerId, skip, take: EXPORT_BATCH, now });
    yield* batch;
    if (batch.length < EXPORT_BATCH) return;
  }
}
