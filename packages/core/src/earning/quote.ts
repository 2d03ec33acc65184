import type { Db } from '@fidele/db';
import { computeEarn, type Basket, livePromotions } from './engine.ts';
import { earnContextFor, loadEarnRules, PROGRAMME_TIME_ZONE } from './programme.ts';

/** What a basket would earn, and the promotions running, without recording anything. */
export const quoteBasket = async (db: Db, input: { basket: Basket; customerId?: string }) => {
  const rules = await loadEarnRules(db);
  const context = await earnContextFor(db, { customerId: input.customerId, basket: input.basket });
  return {
    ...computeEarn(input.basket, rules, context),
    promotions: livePromotions(input.basket, rules, PROGRAMME_TIME_ZONE),
  };
};
