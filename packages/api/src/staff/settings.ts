import { getProgrammeSettings, updateProgrammeSettings } from '@fidele/core/earning';
import { getRetentionMonths, updateRetentionMonths } from '@fidele/core/privacy';
import { programmeSettingsInput, retentionSettingsInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

const manager = staffProcedure('programme:manage');

export const settingsRouter = router({
  get: manager.query(({ ctx }) => getProgrammeSettings(ctx.db)),
  update: manager
    .input(programmeSettingsInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        updateProgrammeSettings(tx, { data: input, staffUserId: ctx.staff.id }),
      ),
    ),
  /** The data retention rule: shown to whoever manages the programme, changed by the owner. */
  retention: manager.query(async ({ ctx }) => ({
    retentionMonths: await getRetentionMonths(ctx.db),
  })),
  updateRetention: staffProcedure('retention:manage')
    .input(retentionSettingsInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        updateRetentionMonths(tx, { ...input, staffUserId: ctx.staff.id }),
      ),
    ),
});
