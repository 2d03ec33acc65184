import type { Db } from '@fidele/db';
import { AppError } from '../errors.ts';
import { type ShopViewer, shopsSeenBy } from '../shops/index.ts';
import { listRedemptions } from './code-admin.ts';

/** The shops whose redemptions a staff member may see, by name; `all` when every shop is theirs. */
export const listRedemptionShops = async (db: Db, viewer: ShopViewer) => ({
  all: viewer.allShops,
  shops: await shopsSeenBy(db, viewer),
});

/**
 * Redemptions as a staff member may see them: every shop's, or one of their own shops at a time
 * (the first by name unless they choose). `shopId` in the answer says which shop was listed.
 */
export const listRedemptionsSeenBy = async (
  db: Db,
  input: ShopViewer & { shopId?: string; page: number; pageSize: number },
) => {
  const { page, pageSize } = input;
  if (input.allShops)
    return {
      ...(await listRedemptions(db, { shopId: input.shopId, page, pageSize })),
      shopId: input.shopId ?? null,
    };
  const shops = await shopsSeenBy(db, input);
  const shopId = input.shopId ?? shops[0]?.id;
  if (!shopId) return { total: 0, rows: [], shopId: null };
  if (!shops.some((shop) => shop.id === shopId))
    throw new AppError('shop_not_yours', 'You can only see the redemptions of your shops.');
  return { ...(await listRedemptions(db, { shopId, page, pageSize })), shopId };
};
