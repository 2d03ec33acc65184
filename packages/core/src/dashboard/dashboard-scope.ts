import type { Db } from '@fidele/db';
import { AppError } from '../errors.ts';
import { type ShopViewer, shopsSeenBy } from '../shops/index.ts';
import type { DashboardScope } from './read-dashboard.ts';

export type DashboardViewer = ShopViewer;

/**
 * The figures a staff member may see, narrowed to `shopId` when they pick one: every shop's
 * figures, or only those of the shops they work in (a store manager's, never another shop's),
 * with the shops they may pick from.
 */
export const dashboardScope = async (
  db: Db,
  viewer: DashboardViewer,
  shopId?: string,
): Promise<{ scope: DashboardScope; shops: { id: string; name: string }[] }> => {
  const shops = (await shopsSeenBy(db, viewer)).map(({ id, name }) => ({ id, name }));
  if (shopId) {
    if (!shops.some((shop) => shop.id === shopId))
      throw new AppError(viewer.allShops ? 'shop_not_found' : 'shop_not_yours');
    return { scope: { allShops: false, shopIds: [shopId] }, shops };
  }
  return {
    scope: viewer.allShops
      ? { allShops: true }
      : { allShops: false, shopIds: shops.map((s) => s.id) },
    shops,
  };
};
