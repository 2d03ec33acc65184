import type { Db, ShopKind, Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';

export type ShopView = {
  id: string;
  name: string;
  kind: ShopKind;
  city: string | null;
  currency: string;
  createdAt: Date;
  /** Keys that can still call the API. */
  activeApiKeys: number;
};

export type NewShop = {
  name: string;
  kind: ShopKind;
  city?: string;
  currency?: string;
  staffUserId: string;
};

export const shopNotFound = () => new AppError('shop_not_found');

const shopViewSelect = {
  id: true,
  name: true,
  kind: true,
  city: true,
  currency: true,
  createdAt: true,
  _count: { select: { apiKeys: { where: { revokedAt: null } } } },
} as const;

const toShopView = ({
  _count,
  ...shop
}: Omit<ShopView, 'activeApiKeys'> & { _count: { apiKeys: number } }): ShopView => ({
  ...shop,
  activeApiKeys: _count.apiKeys,
});

/** Every shop and e-shop, by name. */
export const listShops = async (db: Db): Promise<ShopView[]> => {
  const shops = await db.shop.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: shopViewSelect,
  });
  return shops.map(toShopView);
};

export const getShop = async (db: Db, id: string): Promise<ShopView> => {
  const shop = await db.shop.findUnique({ where: { id }, select: shopViewSelect });
  if (!shop) throw shopNotFound();
  return toShopView(shop);
};

/** Opens a shop (or the e-shop) and audits who did. */
export const createShop = async (tx: Tx, input: NewShop): Promise<ShopView> => {
  const shop = await tx.shop.create({
    data: { name: input.name, kind: input.kind, city: input.city, currency: input.currency },
    select: shopViewSelect,
  });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'shop.create',
    target: { type: 'shop', id: shop.id },
    data: { name: shop.name, kind: shop.kind, city: shop.city, currency: shop.currency },
  });
  return toShopView(shop);
};

/** Who is looking: staff without `allShops` see only the shops they work in. */
export type ShopViewer = { staffUserId: string; allShops: boolean };

/** The shops a staff member may see, by name: every shop, or those they work in. */
export const shopsSeenBy = (db: Db, viewer: ShopViewer) =>
  db.shop.findMany({
    where: viewer.allShops ? {} : { staff: { some: { id: viewer.staffUserId } } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, kind: true },
  });
