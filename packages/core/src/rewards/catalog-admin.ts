import type { Db, Prisma, Tx } from '@fidele/db';
import { editOf, recordAudit } from '../audit/index.ts';
import { rewardNotFound } from './claim.ts';

export type RewardData = Omit<
  Prisma.RewardUncheckedCreateInput,
  'id' | 'createdAt' | 'updatedAt' | 'archivedAt'
>;

const asJson = (data: RewardData) => JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue;

// FREE_SHIPPING carries no value; the database CHECK insists on it.
const normalize = (data: RewardData): RewardData =>
  data.discountType === 'FREE_SHIPPING' ? { ...data, discountValue: 0, discountCap: null } : data;

export const createReward = async (tx: Tx, input: { data: RewardData; staffUserId: string }) => {
  const reward = await tx.reward.create({ data: normalize(input.data), select: { id: true } });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'reward.create',
    target: { type: 'reward', id: reward.id },
    data: asJson(input.data),
  });
  return reward;
};

/** Edits apply to codes issued from now on: codes already issued keep the terms they were given. */
export const updateReward = async (
  tx: Tx,
  input: { id: string; data: RewardData; staffUserId: string },
) => {
  const before = await tx.reward.findUnique({ where: { id: input.id } });
  if (!before) throw rewardNotFound();
  const after = normalize(input.data);
  await tx.reward.update({ where: { id: input.id }, data: after });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'reward.update',
    target: { type: 'reward', id: input.id },
    data: editOf(before, after),
  });
  return { id: input.id };
};

export const setRewardArchived = async (
  tx: Tx,
  input: { id: string; archived: boolean; staffUserId: string },
) => {
  const updated = await tx.reward.updateMany({
    where: { id: input.id },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  if (!updated.count) throw rewardNotFound();
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: input.archived ? 'reward.archive' : 'reward.restore',
    target: { type: 'reward', id: input.id },
  });
  return { id: input.id };
};

/** The catalog as the admin sees it, with how many codes each reward issued and how many were used. */
export const listRewardsForAdmin = async (db: Db, input: { includeArchived: boolean }) => {
  const rewards = await db.reward.findMany({
    where: input.includeArchived ? {} : { archivedAt: null },
    orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { pointsCost: 'asc' }],
    include: { minTier: { select: { code: true, name: true, nameFr: true } } },
  });
  const counts = await db.discountCode.groupBy({
    by: ['rewardId', 'status'],
    where: { rewardId: { in: rewards.map((r) => r.id) } },
    _count: { _all: true },
  });
  return rewards.map((reward) => {
    const of = (status: string) =>
      counts.find((c) => c.rewardId === reward.id && c.status === status)?._count._all ?? 0;
    return {
      ...reward,
      issued: of('ACTIVE') + of('REDEEMED') + of('CANCELLED'),
      redeemed: of('REDEEMED'),
    };
  });
};
