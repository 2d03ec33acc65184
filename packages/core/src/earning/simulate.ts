import type { Db } from '@fidele/db';
import { computeEarn, type Basket, ruleApplies } from './engine.ts';
import { earnContextFor, loadEarnRules } from './programme.ts';

/**
 * The engine on a basket typed into the admin, without recording anything. Besides the engine's
 * lines it names every rule that was live for the basket, so marketing also sees the rules that
 * gave nothing (a promotion beaten by a better one, a cap not reached, a bonus with no matching line).
 */
export const simulateBasket = async (db: Db, input: { basket: Basket; customerId?: string }) => {
  const rules = await loadEarnRules(db);
  const context = await earnContextFor(db, { customerId: input.customerId, basket: input.basket });
  const result = computeEarn(input.basket, rules, context);
  return {
    ...result,
    tierMultiplier: context.tierMultiplier,
    earnedToday: context.earnedToday,
    liveRules: rules
      .filter((rule) => ruleApplies(rule, input.basket, context.timeZone))
      .map((rule) => ({
        id: rule.id,
        kind: rule.kind,
        name: rule.name,
        points: result.lines
          .filter((line) => line.ruleId === rule.id)
          .reduce((sum, line) => sum + line.points, 0),
      })),
  };
};
