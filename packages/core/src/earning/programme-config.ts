import type { Tx } from '@fidele/db';
import type { EarnRuleData } from './engine.ts';
import { loadEarnRules } from './programme.ts';
import { type ProgrammeSettings, SETTINGS_ID, settingsFields } from './programme-settings.ts';

/** Shared by every request while the stamp holds: read-only. */
export type ProgrammeConfig = {
  readonly rules: readonly EarnRuleData[];
  readonly settings: Readonly<ProgrammeSettings>;
};

/**
 * Process-wide copies of the earn rules and settings, by configuration stamp. A stamp is random
 * and replaced by the database on every change of either (triggers), so an entry is never stale
 * and never mistaken for another database's.
 */
const byStamp = new Map<string, ProgrammeConfig>();
const KEPT = 16;
/** The stamp read last, for use cases that need the settings before their first read. */
let latest: { stamp: string; config: ProgrammeConfig } | undefined;

/**
 * The earn rules and settings as of `stamp` (read by the caller in a statement it makes anyway):
 * from memory when this stamp was seen, else read, and kept when the stamp did not change
 * meanwhile.
 */
export const programmeConfig = async (tx: Tx, stamp: string): Promise<ProgrammeConfig> => {
  const known = byStamp.get(stamp);
  if (known) return known;
  const rules = await loadEarnRules(tx);
  const { configStamp, ...settings } = await tx.programmeSettings.findUniqueOrThrow({
    where: { id: SETTINGS_ID },
    select: { ...settingsFields, configStamp: true },
  });
  const config = { rules, settings };
  if (configStamp === stamp) {
    if (byStamp.size >= KEPT) byStamp.delete(byStamp.keys().next().value!);
    byStamp.set(stamp, config);
    latest = { stamp, config };
  }
  return config;
};

/**
 * The configuration as last read, with its stamp, to plan a read that needs the settings (a
 * purchase's tier figure). The caller compares the stamp its read returns and asks
 * `programmeConfig` again when it changed.
 */
export const latestProgrammeConfig = async (
  db: Tx,
): Promise<{ stamp: string; config: ProgrammeConfig }> => {
  if (latest) return latest;
  const { configStamp } = await db.programmeSettings.findUniqueOrThrow({
    where: { id: SETTINGS_ID },
    select: { configStamp: true },
  });
  return { stamp: configStamp, config: await programmeConfig(db, configStamp) };
};
