import type { Db, MessageChannel, Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { SETTINGS_ID } from '../earning/programme-settings.ts';
import type { SendingHours } from './sending-hours.ts';

/** How hard the programme may press a customer: caps per channel, and when SMS may go out. */
export type MessageSettings = {
  emailCapPer30Days: number;
  smsCapPer30Days: number;
  smsHoursFrom: number;
  smsHoursTo: number;
  smsWeekdays: number[];
  smsSkipHolidays: boolean;
};

const fields = {
  emailCapPer30Days: true,
  smsCapPer30Days: true,
  smsHoursFrom: true,
  smsHoursTo: true,
  smsWeekdays: true,
  smsSkipHolidays: true,
} as const;

export const getMessageSettings = (db: Db | Tx): Promise<MessageSettings> =>
  db.programmeSettings.findUniqueOrThrow({ where: { id: SETTINGS_ID }, select: fields });

export const updateMessageSettings = async (
  tx: Tx,
  input: { data: MessageSettings; staffUserId: string },
): Promise<MessageSettings> => {
  const before = await getMessageSettings(tx);
  const after = await tx.programmeSettings.update({
    where: { id: SETTINGS_ID },
    data: { ...input.data, smsWeekdays: [...new Set(input.data.smsWeekdays)].sort() },
    select: fields,
  });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'message_settings.update',
    target: { type: 'programme_settings', id: String(SETTINGS_ID) },
    data: { before, after },
  });
  return after;
};

/** The sending hours the settings give each channel (email: any time). */
export const sendingHoursOf = (
  settings: MessageSettings,
): Record<MessageChannel, SendingHours | null> => ({
  EMAIL: null,
  SMS: {
    weekdays: settings.smsWeekdays,
    from: settings.smsHoursFrom,
    to: settings.smsHoursTo,
    ...(settings.smsSkipHolidays ? { holidaysOf: 'FR' } : {}),
  },
});
