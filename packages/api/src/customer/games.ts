import {
  answerQuiz,
  findQuizInProgress,
  getGameFor,
  listGamesFor,
  playGame,
} from '@fidele/core/games';
import { consumeRateLimit, RATE_LIMITS } from '@fidele/core/rate-limits';
import { formatCode } from '@fidele/core/rewards';
import { gameIdInput, gamePlayInput, gameQuizAnswerInput } from '@fidele/validators';
import { addressLimit, customerProcedure, router } from '../trpc.ts';

/** Today's games the customer may see, with their plays left and when they may play again. */
const list = customerProcedure.query(({ ctx }) => listGamesFor(ctx.db, ctx.customer.id));

/** A game's rules page: rules, odds now, the periods' seed hashes (seeds once revealed), my plays. */
const get = customerProcedure
  .input(gameIdInput)
  .query(({ ctx, input }) => getGameFor(ctx.db, ctx.customer.id, input.gameId));

/** One free play, decided and recorded by the server; the browser only animates the outcome. */
const play = customerProcedure
  .use(addressLimit(RATE_LIMITS.gamePlaysPerIp))
  .input(gamePlayInput)
  .mutation(async ({ ctx, input }) => {
    await consumeRateLimit(ctx.db, RATE_LIMITS.gamePlaysPerCustomer, ctx.customer.id);
    const result = await playGame(ctx.db, {
      gameId: input.gameId,
      playId: input.playId,
      customerId: ctx.customer.id,
      ip: ctx.clientAddress,
      device: ctx.device,
    });
    return {
      ...result,
      code: result.code && { ...result.code, formatted: formatCode(result.code.code) },
    };
  });

/** A quiz play begins with `play`; its questions are answered one by one, timed by the server. */
const quiz = router({
  /** The question of the customer's quiz play still being answered, if any (after a reload). */
  current: customerProcedure
    .input(gameIdInput)
    .query(({ ctx, input }) => findQuizInProgress(ctx.db, ctx.customer.id, input.gameId)),
  answer: customerProcedure
    .use(addressLimit(RATE_LIMITS.gamePlaysPerIp))
    .input(gameQuizAnswerInput)
    .mutation(async ({ ctx, input }) => {
      await consumeRateLimit(ctx.db, RATE_LIMITS.quizAnswersPerCustomer, ctx.customer.id);
      return answerQuiz(ctx.db, { ...input, customerId: ctx.customer.id });
    }),
});

export const gamesRouter = router({ list, get, play, quiz });
