export { createShop, getShop, listShops, shopNotFound, shopsSeenBy } from './shop.ts';
export type { NewShop, ShopView, ShopViewer } from './shop.ts';
