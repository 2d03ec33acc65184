import {
  createEarnRule,
  listEarnRulesForAdmin,
  setEarnRuleArchived,
  simulateBasket,
  updateEarnRule,
} from '@fidele/core/earning';
import {
  earnRuleArchiveInput,
  earnRuleInput,
  earnRuleListInput,
  earnRuleUpdateInput,
  simulateBasketInput,
} from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const manager = staffProcedure('programme:manage');

export const earnRulesRouter = router({
  list: manager
    .input(earnRuleListInput)
    .query(({ ctx, input }) => listEarnRulesForAdmin(ctx.db, input)),
  create: manager
    .input(earnRuleInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => createEarnRule(tx, { data: input, staffUserId: ctx.staff.id })),
    ),
  update: manager
    .input(earnRuleUpdateInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => updateEarnRule(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  setArchived: manager
    .input(earnRuleArchiveInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => setEarnRuleArchived(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  /** What a basket would earn under the rules in force, rule by rule; nothing is recorded. */
  simulate: manager
    .input(simulateBasketInput)
    .query(({ ctx, input: { customerId, ...basket } }) =>
      simulateBasket(ctx.db, { basket, customerId }),
    ),
});
