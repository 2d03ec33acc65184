import type { Db } from '@fidele/db';
import { customerNotFound } from '../customers/customer-not-found.ts';
import { getRetentionMonths } from './retention-settings.ts';
import { retentionSchedule } from './retention-rule.ts';

export type RetentionStatus =
  | {
      state: 'erased';
      erasedAt: Date;
      /** By the retention job (inactivity), or at her request (herself, or the owner for her). */
      cause: 'retention' | 'request';
    }
  | {
      state: 'kept';
      lastContactAt: Date;
      retentionMonths: number;
      /** Warned in her current inactivity period, if she was. */
      warnedAt: Date | null;
      warnOn: Date;
      eraseOn: Date;
    };

/** For staff: when her data would be erased if she stays away, or that it was and why. */
export const getRetentionStatus = async (
  db: Db,
  customerId: string,
  now = new Date(),
): Promise<RetentionStatus> => {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { lastContactAt: true, retentionWarnedAt: true, erasedAt: true },
  });
  if (!customer) throw customerNotFound();
  if (customer.erasedAt) {
    const erasure = await db.auditLog.findFirst({
      where: { action: 'customer.erase', targetType: 'customer', targetId: customerId },
      orderBy: { createdAt: 'desc' },
      select: { actorType: true },
    });
    // Only the retention job erases as the system.
    const cause = erasure?.actorType === 'SYSTEM' ? 'retention' : 'request';
    return { state: 'erased', erasedAt: customer.erasedAt, cause };
  }
  const retentionMonths = await getRetentionMonths(db);
  return {
    state: 'kept',
    lastContactAt: customer.lastContactAt,
    retentionMonths,
    ...retentionSchedule(customer, retentionMonths, now),
  };
};
