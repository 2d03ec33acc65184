import {
  createContest,
  decideEntryClaim,
  disqualifyContestWinner,
  drawContestWinners,
  freezeContestDraw,
  getContestAttribution,
  getContestForStaff,
  importContestEntries,
  listContestEntries,
  listContestsForStaff,
  moderateContestEntries,
  setContestArchived,
  updateContest,
} from '@fidele/core/contests';
import {
  contestArchiveInput,
  contestClaimDecisionInput,
  contestDisqualifyInput,
  contestEntriesInput,
  contestImportInput,
  contestIdInput,
  contestInput,
  contestListInput,
  contestModerationInput,
  contestUpdateInput,
  parseEntryImport,
} from '@fidele/validators';
import { AppError } from '@fidele/core';
import { consumeRateLimit, RATE_LIMITS } from '@fidele/core/rate-limits';
import { router, staffProcedure } from '../trpc.ts';

// Contests give points and prizes from the programme: its managers (owner, marketing) run them.
const manager = staffProcedure('programme:manage');

export const contestsRouter = router({
  list: manager
    .input(contestListInput)
    .query(({ ctx, input }) => listContestsForStaff(ctx.db, input)),
  get: manager
    .input(contestIdInput)
    .query(({ ctx, input }) => getContestForStaff(ctx.db, input.contestId)),
  create: manager
    .input(contestInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => createContest(tx, input, ctx.staff.id)),
    ),
  update: manager
    .input(contestUpdateInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => updateContest(tx, input.contestId, input.data, ctx.staff.id)),
    ),
  setArchived: manager
    .input(contestArchiveInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => setContestArchived(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  /** What the contest brought: new members, their purchases by channel, shop visits against before. */
  attribution: manager
    .input(contestIdInput)
    .query(({ ctx, input }) => getContestAttribution(ctx.db, input.contestId)),
  entries: manager
    .input(contestEntriesInput)
    .query(({ ctx, input }) => listContestEntries(ctx.db, input)),
  moderate: manager
    .input(contestModerationInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        moderateContestEntries(tx, { ...input, staffUserId: ctx.staff.id }),
      ),
    ),
  /** Confirms or refuses a member's claim, made at sign-up by handle, on an imported entry. */
  decideClaim: manager
    .input(contestClaimDecisionInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => decideEntryClaim(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  /**
   * A social tool's CSV export: previewed (what it would add, every bad row with its line), then
   * imported only if no row is bad; the same file again adds nothing.
   */
  importEntries: manager.input(contestImportInput).mutation(async ({ ctx, input }) => {
    await consumeRateLimit(ctx.db, RATE_LIMITS.contestImportsPerStaff, ctx.staff.id);
    const { entries, problems, duplicates } = parseEntryImport(input.csv);
    if (problems.length && !input.preview)
      throw new AppError(
        'invalid_request',
        `${problems.length} rows cannot be imported (line ${problems[0]!.line}: ${problems[0]!.message}): nothing was imported.`,
      );
    const count = await ctx.db.$transaction(
      (tx) =>
        importContestEntries(tx, {
          contestId: input.contestId,
          entries,
          staffUserId: ctx.staff.id,
          preview: input.preview,
        }),
      { timeout: 60_000 },
    );
    return { ...count, duplicates, problems, imported: !input.preview };
  }),
  /** Freezes the approved entries into the draw's list and publishes its hash and the seed's. */
  freezeDraw: manager
    .input(contestIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => freezeContestDraw(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  draw: manager
    .input(contestIdInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => drawContestWinners(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
  disqualifyWinner: manager
    .input(contestDisqualifyInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        disqualifyContestWinner(tx, { ...input, staffUserId: ctx.staff.id }),
      ),
    ),
});
