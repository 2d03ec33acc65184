import type { Db, Prisma, Tx } from '@fidele/db';
// The log's writer only: the audit trail reads the programme's time zone from here.
import { editOf, recordAudit } from '../audit/audit-log.ts';
import { AppError } from '../errors.ts';

export type EarnRuleInputData = Omit<
  Prisma.EarnRuleUncheckedCreateInput,
  'id' | 'createdAt' | 'updatedAt' | 'archivedAt'
>;

const ruleNotFound = () => new AppError('earn_rule_not_found');

const asJson = (data: EarnRuleInputData) =>
  JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue;

const staffActor = (staffUserId: string) => ({ type: 'STAFF' as const, id: staffUserId });

export const createEarnRule = async (
  tx: Tx,
  input: { data: EarnRuleInputData; staffUserId: string },
) => {
  const rule = await tx.earnRule.create({ data: input.data, select: { id: true } });
  await recordAudit(tx, {
    actor: staffActor(input.staffUserId),
    action: 'earn_rule.create',
    target: { type: 'earn_rule', id: rule.id },
    data: asJson(input.data),
  });
  return rule;
};

/** Edits apply to purchases from now on: purchases already recorded keep the points they earned. */
export const updateEarnRule = async (
  tx: Tx,
  input: { id: string; data: EarnRuleInputData; staffUserId: string },
) => {
  const before = await tx.earnRule.findUnique({ where: { id: input.id } });
  if (!before) throw ruleNotFound();
  await tx.earnRule.update({ where: { id: input.id }, data: input.data });
  await recordAudit(tx, {
    actor: staffActor(input.staffUserId),
    action: 'earn_rule.update',
    target: { type: 'earn_rule', id: input.id },
    data: editOf(before, input.data),
  });
  return { id: input.id };
};

export const setEarnRuleArchived = async (
  tx: Tx,
  input: { id: string; archived: boolean; staffUserId: string },
) => {
  const updated = await tx.earnRule.updateMany({
    where: { id: input.id },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  if (!updated.count) throw ruleNotFound();
  await recordAudit(tx, {
    actor: staffActor(input.staffUserId),
    action: input.archived ? 'earn_rule.archive' : 'earn_rule.restore',
    target: { type: 'earn_rule', id: input.id },
  });
  return { id: input.id };
};

/** Every rule, live ones first, grouped by kind in the engine's order. */
export const listEarnRulesForAdmin = (db: Db, input: { includeArchived: boolean }) =>
  db.earnRule.findMany({
    where: input.includeArchived ? {} : { archivedAt: null },
    orderBy: [
      { archivedAt: { sort: 'desc', nulls: 'first' } },
      { kind: 'asc' },
      { createdAt: 'asc' },
    ],
  });
