import {
  createGame,
  getGameForStaff,
  listGamesForStaff,
  setGameArchived,
  updateGame,
} from '@fidele/core/games';
import {
  gameArchiveInput,
  gameIdInput,
  gameInput,
  gameListInput,
  gameUpdateInput,
} from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

// Games give points from the programme's budget: the programme's managers run them. The editor's
// odds preview is computed in the browser with core's pure functions (`@fidele/core/games/preview`).
const manager = staffProcedure('programme:manage');

export const gamesRouter = router({
  list: manager.input(gameListInput).query(({ ctx, input }) => listGamesForStaff(ctx.db, input)),
  get: manager.input(gameIdInput).query(({ ctx, input }) => getGameForStaff(ctx.db, input.gameId)),
  create: manager
    .input(gameInput)
    .mutation(({ ctx, input }) => ctx.db.$transaction((tx) => createGame(tx, input, ctx.staff.id))),
  update: manager
    .input(gameUpdateInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => updateGame(tx, input.gameId, input.data, ctx.staff.id)),
    ),
  setArchived: manager
    .input(gameArchiveInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => setGameArchived(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
