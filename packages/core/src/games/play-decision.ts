import { AppError } from '../errors.ts';
import {
  balancesAfter,
  type PlannedMovement,
  planMovement,
  plannedMovement,
} from '../ledger/index.ts';
import { type IssuedCode, newRewardCode } from '../rewards/index.ts';
import { budgetLeft, payablePoints } from './budget.ts';
import { drawPlay } from './draw.ts';
import type { DrawState } from './odds.ts';
import { dayStart, nextDayStart } from '../calendar/programme-days.ts';
import type { PlayRead } from './play-read.ts';
import { momentsInPeriod } from './periods.ts';
import { prizePoints, type PrizeTable } from './prize-table.ts';
import { type QuizQuestionView, quizQuestionView } from './quiz-view.ts';
import type { StoredQuiz } from './quiz.ts';
import { prizeOf, type StoredPrize } from './stored-prize.ts';
import { streakStatus, type StreakRules } from './streak.ts';
import { dueMoment, winningMoments } from './winning-moments.ts';

const HOUR_MS = 3_600_000;

/** Where a movement of a game's points comes from (`Movement.sourceType`, the play's id as source). */
export const GAME_PLAY_SOURCE = 'GAME_PLAY';

export type PlayInput = {
  gameId: string;
  customerId: string;
  /** The client's id for this play: sent again, it answers the same play. */
  playId: string;
  now: Date;
  /** The programme day of `now`. */
  day: string;
  timeZone: string;
  ip?: string;
  device?: string;
};

/** A play's outcome as the customer sees it. */
export type PlayResult = {
  playId: string;
  gameId: string;
  /** The customer's play in the period (a drawn game), from 1. */
  number: number | null;
  via: 'draw' | 'moment' | 'streak' | 'quiz';
  /** The prize table's row the wheel stops on, or the card shows; null: "try again". */
  row: number | null;
  prize: Pick<StoredPrize, 'id' | 'kind' | 'labelEn' | 'labelFr' | 'points'> | null;
  points: number;
  /** The streak's day this play counted as. */
  streakDay: number | null;
  /** A quiz's question to answer now: its points are paid with the last answer. */
  quiz: QuizQuestionView | null;
  code: IssuedCode | null;
  pointsBalance: number;
  playsLeft: number;
  /** When the customer may play again, once today's plays are used. */
  nextPlayAt: Date | null;
};

/** Why the customer may not play the game now, if they may not. */
export const checkMayPlay = (read: PlayRead, segmentIds: ReadonlySet<string>, input: PlayInput) => {
  if (!read.gameId || read.archivedAt) throw new AppError('game_not_found');
  if (!read.customerId || read.version === null) throw new AppError('customer_not_found');
  if (input.now < read.startsAt || input.now >= read.endsAt) throw new AppError('game_not_open');
  if (read.tierIds.length > 0 && !read.tierIds.includes(read.tierId))
    throw new AppError('game_not_eligible');
  if (read.segments.length > 0 && !read.segments.some(({ id }) => segmentIds.has(id)))
    throw new AppError('game_not_eligible');
  if (read.verifiedOnly && !read.emailVerified) throw new AppError('game_needs_verified_email');
  const playableAt = new Date(read.memberSince.getTime() + read.newMemberDelayHours * HOUR_MS);
  if (input.now < playableAt)
    throw new AppError('game_new_member_wait', undefined, { playableAt: playableAt.toISOString() });
  if (read.playsToday >= read.playsPerDay)
    throw new AppError('game_no_plays_left', undefined, {
      nextPlayAt: nextDayStart(input.now, input.timeZone).toISOString(),
    });
};

/** Stock left per prize; a reward prize whose reward is gone has none (the play is "try again"). */
export const drawStateOf = (read: PlayRead, prizes: readonly StoredPrize[]): DrawState => ({
  stockLeft: Object.fromEntries(
    prizes.flatMap((prize) => {
      if (prize.kind === 'REWARD' && !read.rewards[prize.rewardId!]) return [[prize.id, 0]];
      if (prize.stock === null) return [];
      return [[prize.id, Math.max(0, prize.stock - (read.prizesGiven[prize.id] ?? 0))]];
    }),
  ),
  budgetLeft: budgetLeft(
    { perDay: read.pointsBudgetPerDay, total: read.pointsBudgetTotal },
    { today: read.dayGiven, total: read.pointsGiven },
  ),
});

/** The first paced prize whose winning moment is due and not yet won, with the count won before. */
const dueMomentOf = (read: PlayRead, table: PrizeTable, state: DrawState, now: Date) => {
  const period = read.period!;
  for (const prize of table) {
    if (!prize.paced || prize.stock === null) continue;
    const count = momentsInPeriod({ stock: prize.stock, game: read, period });
    const moments = winningMoments({ ...period, prizeId: prize.id, count });
    const claimed = period.momentsClaimed[prize.id] ?? 0;
    if (dueMoment(moments, claimed, now) !== null && (state.stockLeft[prize.id] ?? 1) > 0)
      return { prizeId: prize.id, claimed };
  }
  return null;
};

/** What a drawn game (a wheel, a scratch card) gives this play. */
const decideDraw = (read: PlayRead, input: PlayInput) => {
  if (!read.period || !read.prizes) throw new AppError('game_not_open');
  const prizes = read.prizes;
  const table = prizes.map(prizeOf);
  const state = drawStateOf(read, prizes);
  const moment = dueMomentOf(read, table, state, input.now);
  const number = read.playsInPeriod + 1;
  const outcome = drawPlay({
    seed: read.period.seed,
    customerId: input.customerId,
    playNumber: number,
    table,
    state,
    momentPrizeId: moment?.prizeId ?? null,
  });
  const won = outcome.prize ? prizes.find((prize) => prize.id === outcome.prize!.id)! : null;
  return {
    won,
    row: outcome.row,
    via: outcome.via,
    number,
    points: outcome.prize ? prizePoints(outcome.prize) : 0,
    call: {
      period: { id: read.period.id, number },
      tableVersion: read.tableVersion,
      drawState: state,
      uniform: outcome.uniform,
      moment: outcome.via === 'moment' ? moment : null,
      stock: won?.stock ?? null,
    },
  };
};

/** What today's check-in of a streak gives: its day's points, as far as the budgets can pay. */
const decideStreak = (read: PlayRead, input: PlayInput) => {
  const rules = read.streak as StreakRules;
  const status = streakStatus({
    playedAt: read.playDays.map((day) => dayStart(day, input.timeZone)),
    now: input.now,
    rules,
    timeZone: input.timeZone,
  });
  const left = budgetLeft(
    { perDay: read.pointsBudgetPerDay, total: read.pointsBudgetTotal },
    { today: read.dayGiven, total: read.pointsGiven },
  );
  return {
    streakDay: status.length + 1,
    points: Math.min(status.pointsToday, payablePoints(left)),
  };
};

/**
 * A play decided on its read: who may play, then the draw from the period's seed (or the streak's
 * day), the prize's code and the points' movement planned. Throws the refusal when the customer
 * may not play. Pure: the same read and input always decide the same play.
 */
export const decidePlay = (read: PlayRead, segmentIds: ReadonlySet<string>, input: PlayInput) => {
  checkMayPlay(read, segmentIds, input);
  const drawn = read.type === 'SPIN_WHEEL' || read.type === 'SCRATCH_CARD';
  // A quiz's play begins here, with its questions as they stand; its answers end it.
  const quiz = read.type === 'QUIZ' ? (read.quiz as StoredQuiz | null) : null;
  if (read.type === 'QUIZ' && !quiz) throw new AppError('game_not_open');
  const draw = drawn ? decideDraw(read, input) : null;
  const streak = read.type === 'DAILY_STREAK' ? decideStreak(read, input) : null;
  const points = draw?.points ?? streak?.points ?? 0;
  const reward = draw?.won?.kind === 'REWARD' ? read.rewards[draw.won.rewardId!]! : null;
  const code = reward ? newRewardCode(reward, input.now) : null;
  const plan = points > 0 ? planMovement({ points }, read) : null;
  const movement: PlannedMovement | null = plan
    ? plannedMovement(input.customerId, 'EARN', 'APP', plan, {
        points,
        sourceType: GAME_PLAY_SOURCE,
        sourceId: input.playId,
        // Game prizes are free bonuses: they do not count towards the tier.
        qualifying: false,
      })
    : null;
  const playsLeft = read.playsPerDay - read.playsToday - 1;
  const result: PlayResult = {
    playId: input.playId,
    gameId: input.gameId,
    number: draw?.number ?? null,
    via: draw?.via ?? (quiz ? 'quiz' : 'streak'),
    row: draw?.row ?? null,
    prize: draw?.won
      ? {
          id: draw.won.id,
          kind: draw.won.kind,
          labelEn: draw.won.labelEn,
          labelFr: draw.won.labelFr,
          points: draw.won.points,
        }
      : null,
    points,
    streakDay: streak?.streakDay ?? null,
    quiz: quiz && quizQuestionView(quiz, { playId: input.playId, question: 0, shownAt: input.now }),
    code: code?.issued ?? null,
    pointsBalance: plan ? balancesAfter(read, plan).spendable : read.spendable,
    playsLeft,
    nextPlayAt: playsLeft > 0 ? null : nextDayStart(input.now, input.timeZone),
  };
  return {
    result,
    call: {
      playId: input.playId,
      gameId: input.gameId,
      customerId: input.customerId,
      day: input.day,
      playedAt: input.now,
      playsToday: read.playsToday,
      period: draw?.call.period ?? null,
      tableVersion: draw?.call.tableVersion,
      drawState: draw?.call.drawState ?? quiz,
      uniform: draw?.call.uniform ?? null,
      tableRow: draw?.row ?? null,
      moment: draw?.call.moment ?? null,
      stock: draw?.call.stock ?? null,
      prizeId: draw?.won?.id ?? null,
      points,
      streakDay: streak?.streakDay ?? null,
      via: result.via,
      version: movement ? read.version : undefined,
      movement,
      code: code ? { ...code.row, rewardId: draw!.won!.rewardId } : null,
      ip: input.ip ?? null,
      device: input.device ?? null,
    },
  };
};
