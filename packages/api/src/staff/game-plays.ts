import {
  getGameActivity,
  getGameSuspicions,
  listGamePlays,
  voidGamePlay,
} from '@fidele/core/games';
import { gameIdInput, gamePlaysInput, voidGamePlayInput } from '@fidele/validators';
import { router, staffProcedure } from '../trpc.ts';

// Plays carry players' addresses: the programme's managers see them, as they run the games.
const manager = staffProcedure('programme:manage');

export const gamePlaysRouter = router({
  /** Plays, winners and points per day against the budget; stock left; top players. */
  activity: manager
    .input(gameIdInput)
    .query(({ ctx, input }) => getGameActivity(ctx.db, input.gameId)),
  suspicions: manager
    .input(gameIdInput)
    .query(({ ctx, input }) => getGameSuspicions(ctx.db, input.gameId)),
  list: manager.input(gamePlaysInput).query(({ ctx, input }) => listGamePlays(ctx.db, input)),
  void: manager
    .input(voidGamePlayInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => voidGamePlay(tx, { ...input, staffUserId: ctx.staff.id })),
    ),
});
