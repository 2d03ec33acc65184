export { createShop, getShop, listShops, shopNotFound } from './shop.ts';
export type { NewShop, ShopView } from './shop.ts';
