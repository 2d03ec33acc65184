import type { Db } from '@fidele/db';

/** The contract keeps idempotency keys at least 24 hours; older ones are dropped after `retentionHours`. */
export const purgeIdempotencyRecords = async (
  db: Db,
  options: { retentionHours?: number; now?: Date } = {},
): Promise<number> => {
  const retentionHours = Math.max(24, options.retentionHours ?? 48);
  const cutoff = new Date((options.now ?? new Date()).getTime() - retentionHours * 3_600_000);
  const { count } = await db.idempotencyRecord.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
};
