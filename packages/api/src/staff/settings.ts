import { getProgrammeSettings, updateProgrammeSettings } from '@fidele/core/earning';
import { programmeSettingsInput } from '@fidele/validators';
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
});
