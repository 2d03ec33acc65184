import type { Db, Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { SETTINGS_ID } from '../earning/programme-settings.ts';

/** Months after her last contact when a customer's personal data is erased. */
export const getRetentionMonths = async (db: Db | Tx): Promise<number> =>
  (
    await db.programmeSettings.findUniqueOrThrow({
      where: { id: SETTINGS_ID },
      select: { retentionMonths: true },
    })
  ).retentionMonths;

/** The retention changed by the owner, audited like every programme setting. */
export const updateRetentionMonths = async (
  tx: Tx,
  input: { retentionMonths: number; staffUserId: string },
) => {
  const before = await getRetentionMonths(tx);
  await tx.programmeSettings.update({
    where: { id: SETTINGS_ID },
    data: { retentionMonths: input.retentionMonths },
  });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'programme_settings.update',
    target: { type: 'programme_settings', id: String(SETTINGS_ID) },
    data: {
      before: { retentionMonths: before },
      after: { retentionMonths: input.retentionMonths },
    },
  });
  return { retentionMonths: input.retentionMonths };
};
