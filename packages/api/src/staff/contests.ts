import {
  createContest,
  disqualifyContestWinner,
  drawContestWinners,
  freezeContestDraw,
  getContestForStaff,
  listContestEntries,
  listContestsForStaff,
  moderateContestEntries,
  setContestArchived,
  updateContest,
} from '@fidele/core/contests';
import {
  contestArchiveInput,
  contestDisqualifyInput,
  contestEntriesInput,
  contestIdInput,
  contestInput,
  contestListInput,
  contestModerationInput,
  contestUpdateInput,
} from '@fidele/validators';
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
