import { listAuditEntries } from '@fidele/core/audit';
import { auditListInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

export const auditRouter = router({
  list: staffProcedure('audit:read')
    .input(auditListInput)
    .query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
});
