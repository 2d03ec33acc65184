import type { Db, RefundPolicy, TierMetric, Tx } from '@fidele/db';
// The log's writer only: the audit trail reads the programme's time zone from here.
import { recordAudit } from '../audit/audit-log.ts';

export type ProgrammeSettingsData = {
  pendingDays: number;
  expiryMonths: number;
  refundPolicy: RefundPolicy;
  receiptClaimDays: number;
  /** Left as they are when absent. */
  tierMetric?: TierMetric;
  tierWindowMonths?: number;
  tierGraceDays?: number;
};

export const SETTINGS_ID = 1;

export const settingsFields = {
  pendingDays: true,
  expiryMonths: true,
  refundPolicy: true,
  receiptClaimDays: true,
  tierMetric: true,
  tierWindowMonths: true,
  tierGraceDays: true,
  referralsPerWeek: true,
  valueOf100Points: true,
  updatedAt: true,
} as const;

/** The single settings row (a migration creates it with the schema's defaults). */
export const getProgrammeSettings = (db: Db | Tx) =>
  db.programmeSettings.findUniqueOrThrow({ where: { id: SETTINGS_ID }, select: settingsFields });

export type ProgrammeSettings = Awaited<ReturnType<typeof getProgrammeSettings>>;

export const updateProgrammeSettings = async (
  tx: Tx,
  input: { data: ProgrammeSettingsData; staffUserId: string },
) => {
  const { updatedAt: _, ...before } = await getProgrammeSettings(tx);
  const after = await tx.programmeSettings.update({
    where: { id: SETTINGS_ID },
    data: input.data,
    select: settingsFields,
  });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'programme_settings.update',
    target: { type: 'programme_settings', id: String(SETTINGS_ID) },
    data: {
      before,
      after: input.data,
    },
  });
  return after;
};
