export { budgetForecast, budgetLeft, payablePoints } from './budget.ts';
export type { BudgetForecast, BudgetLeft, PointsBudget, PointsSpent } from './budget.ts';
export { drawPlay, replayPlay, seedUniform } from './draw.ts';
export type { DrawInput, StoredOutcome } from './draw.ts';
export {
  basisPointOf,
  outcomeMatches,
  outcomeOf,
  playMessage,
  uniformOfDigest,
} from './fair-draw.ts';
export type { DrawOutcome } from './fair-draw.ts';
export { checkGameCanStart } from './launch.ts';
export { exclusionOf, liveOdds, oddsPreview, stockLeftOf } from './odds.ts';
export type { DrawState, Exclusion, LiveOdds, OddsPreview, PrizeOdds } from './odds.ts';
export {
  addDays,
  daysBetween,
  dayStart,
  nextDayStart,
  programmeDay,
} from '../calendar/programme-days.ts';
export { playAllowance } from './play-day.ts';
export type { PlayAllowance } from './play-day.ts';
export { checkPrizeTable, FULL_ODDS, prizePoints } from './prize-table.ts';
export type { Prize, PrizeTable } from './prize-table.ts';
export { answerBy, markAnswer, QUIZ_NETWORK_ALLOWANCE_MS, quizPoints } from './quiz.ts';
export type { QuizAnswer, QuizMark, StoredQuiz } from './quiz.ts';
export { isSeed, newSeed, seedHash, seedMatchesHash } from './seed.ts';
export { streakPoints, streakStatus } from './streak.ts';
export type { StreakDayStatus, StreakRules, StreakStatus } from './streak.ts';
export { dueMoment, winningMoments } from './winning-moments.ts';
export { listGamePeriods, openGamePeriods } from './game-periods.ts';
export { momentsInPeriod, periodAt, periodWindows } from './periods.ts';
export type { PeriodWindow } from './periods.ts';
export { getPlay, playGame } from './play-game.ts';
export { GAME_PLAY_SOURCE } from './play-decision.ts';
export type { PlayInput, PlayResult } from './play-decision.ts';
export { prizeOf, prizeTableOf } from './stored-prize.ts';
export type { StoredPrize } from './stored-prize.ts';
export { getGameFor, listGamesFor } from './customer-games.ts';
export type { CustomerGame } from './customer-games.ts';
export {
  getGameActivity,
  getGameSuspicions,
  listGamePlays,
  voidGamePlay,
} from './game-plays-admin.ts';
export type { GamePlayRow } from './game-plays-admin.ts';
export { answerQuiz, findQuizInProgress, getQuizQuestion } from './quiz-play.ts';
export type { QuizAnswerInput, QuizAnswerResult } from './quiz-play.ts';
export type { QuizQuestionView } from './quiz-view.ts';
export {
  createGame,
  getGameForStaff,
  listGamesForStaff,
  setGameArchived,
  updateGame,
} from './game-admin.ts';
export type { GameData, GameListRow, PrizeData, QuizData, StreakData } from './game-admin.ts';
export { scheduleStatus as gameStatus } from '../calendar/schedule-status.ts';
export type { ScheduleStatus as GameStatus } from '../calendar/schedule-status.ts';
