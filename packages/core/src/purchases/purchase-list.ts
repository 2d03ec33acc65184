import type { Channel, Db, Prisma } from '@fidele/db';
import { AppError } from '../errors.ts';
import { customerSearchWhere } from '../customers/customer-search.ts';

export type PurchaseFilter = {
  channel?: Channel;
  shopId?: string;
  /** Words matched against the customer's name, email and member code. */
  customer?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** true: only purchases with a refund; false: only purchases without. */
  refunded?: boolean;
  sort?: 'occurredAt' | 'amount';
  direction?: 'asc' | 'desc';
};

/** Who is looking: staff without `allShops` see only the shops they work in. */
export type PurchaseViewer = { staffUserId: string; allShops: boolean };

export type PurchaseRow = {
  id: string;
  occurredAt: Date;
  channel: Channel;
  shop: { id: string; name: string };
  customer: { id: string; memberCode: string; firstName: string; lastName: string | null } | null;
  externalId: string;
  amount: number;
  currency: string;
  pointsEarned: number;
  refundedAmount: number;
  pointsClawedBack: number;
};

const select = {
  id: true,
  occurredAt: true,
  channel: true,
  externalId: true,
  amount: true,
  currency: true,
  pointsEarned: true,
  refundedAmount: true,
  pointsClawedBack: true,
  shop: { select: { id: true, name: true } },
  customer: { select: { id: true, memberCode: true, firstName: true, lastName: true } },
} as const;

/** The purchases a viewer may see: every shop's, or those of the shops they work in. */
export const purchasesSeenBy = (viewer: PurchaseViewer): Prisma.PurchaseWhereInput =>
  viewer.allShops ? {} : { shop: { staff: { some: { id: viewer.staffUserId } } } };

/** Exported for its unit test: a filter becomes one Prisma `where`. */
export const purchaseWhere = (
  filter: PurchaseFilter,
  viewer: PurchaseViewer,
): Prisma.PurchaseWhereInput => ({
  AND: [
    filter.channel ? { channel: filter.channel } : {},
    filter.shopId ? { shopId: filter.shopId } : {},
    purchasesSeenBy(viewer),
    filter.customer?.trim() ? { customer: customerSearchWhere(filter.customer) } : {},
    filter.from || filter.to ? { occurredAt: { gte: filter.from, lt: filter.to } } : {},
    filter.refunded === true ? { refundedAmount: { gt: 0 } } : {},
    filter.refunded === false ? { refundedAmount: 0 } : {},
  ],
});

const orderBy = (filter: PurchaseFilter): Prisma.PurchaseOrderByWithRelationInput[] => {
  const direction = filter.direction ?? 'desc';
  return [{ [filter.sort ?? 'occurredAt']: direction }, { id: direction }];
};

const checkShop = async (db: Db, filter: PurchaseFilter, viewer: PurchaseViewer) => {
  if (viewer.allShops || !filter.shopId) return;
  const mine = await db.shop.count({
    where: { id: filter.shopId, staff: { some: { id: viewer.staffUserId } } },
  });
  if (!mine) throw new AppError('shop_not_yours', 'You can only see the purchases of your shops.');
};

/** One page of every channel's purchases, for the admin's purchases list. */
export const listPurchases = async (
  db: Db,
  input: PurchaseFilter & PurchaseViewer & { page: number; pageSize: number },
): Promise<{ rows: PurchaseRow[]; total: number; page: number; pageSize: number }> => {
  await checkShop(db, input, input);
  const where = purchaseWhere(input, input);
  const [total, rows] = await Promise.all([
    db.purchase.count({ where }),
    db.purchase.findMany({
      where,
      orderBy: orderBy(input),
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select,
    }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
};

const EXPORT_BATCH = 500;

/** The whole filtered list in batches, so an export never holds every purchase in memory. */
export async function* eachPurchase(
  db: Db,
  input: PurchaseFilter & PurchaseViewer,
): AsyncGenerator<PurchaseRow> {
  await checkShop(db, input, input);
  const where = purchaseWhere(input, input);
  for (let skip = 0; ; skip += EXPORT_BATCH) {
    const batch = await db.purchase.findMany({
      where,
      orderBy: orderBy(input),
      skip,
      take: EXPORT_BATCH,
      select,
    });
    yield* batch;
    if (batch.length < EXPORT_BATCH) return;
  }
}
