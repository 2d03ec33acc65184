import { z } from 'zod';
import { page, pageSize, uuid } from './common.ts';

/** Games as marketing edits them in the admin (issue 13, "Games in the app"). */

export const GAME_TYPES = ['SPIN_WHEEL', 'SCRATCH_CARD', 'DAILY_STREAK', 'QUIZ'] as const;
export type GameType = (typeof GAME_TYPES)[number];

/** The games drawn on a prize table; a quiz scores answers, a streak counts days. */
export const PRIZE_TABLE_GAMES = ['SPIN_WHEEL', 'SCRATCH_CARD'] as const satisfies GameType[];

export const PRIZE_KINDS = ['POINTS', 'REWARD', 'TRY_AGAIN'] as const;

/** A prize's chance is in basis points (1 % = 100): a table's chances add up to exactly this. */
export const PRIZE_WEIGHT_TOTAL = 10_000;

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

/** A whole number of points, or a count, that cannot be negative. */
const wholeAtLeastZero = (what: string, max: number) =>
  z
    .number()
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`)
    .max(max, `${what}: at most ${max.toLocaleString('en')}`);

export const prizeInput = z
  .object({
    /** The row's id when editing a saved table: kept, so plays and stock keep naming it. */
    id: z.string().trim().min(1).max(64).optional(),
    kind: z.enum(PRIZE_KINDS),
    labelEn: text(60).min(1, 'Enter a label'),
    labelFr: text(60).min(1, 'Enter a French label'),
    points: wholeAtLeastZero('Points', 1_000_000).nullable().default(null),
    rewardId: uuid.nullable().default(null),
    weight: z
      .number()
      .int('Give the chance in basis points (1 % = 100)')
      .min(0, 'A chance cannot be negative')
      .max(PRIZE_WEIGHT_TOTAL, 'A chance is at most 100 %'),
    /** How many the game gives in all; null is unlimited. */
    stock: wholeAtLeastZero('Stock', 10_000_000).nullable().default(null),
    /** Won at winning moments spread over the period instead of by chance. */
    paced: z.boolean().default(false),
  })
  .superRefine((prize, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (prize.kind === 'POINTS' && prize.points === null)
      issue('points', 'A points prize needs its points');
    if (prize.kind === 'REWARD' && prize.rewardId === null)
      issue('rewardId', 'Choose the reward this prize gives');
    if (prize.paced && prize.kind === 'TRY_AGAIN')
      issue('paced', '"Try again" cannot be won at winning moments');
    if (prize.paced && !prize.stock)
      issue('stock', 'A prize won at winning moments needs a stock of 1 or more');
    if (prize.paced && prize.weight !== 0)
      issue('weight', 'A prize won at winning moments has no chance of its own: set it to 0 %');
  })
  // Fields a kind does not use are cleared, so a prize never carries a stray value.
  .transform((prize) => ({
    ...prize,
    points: prize.kind === 'POINTS' ? prize.points : null,
    rewardId: prize.kind === 'REWARD' ? prize.rewardId : null,
    stock: prize.kind === 'TRY_AGAIN' ? null : prize.stock,
  }));

export const quizAnswerInput = z.object({
  textEn: text(200).min(1, 'Enter the answer'),
  textFr: text(200).min(1, 'Enter the answer in French'),
  right: z.boolean().default(false),
});

export const quizQuestionInput = z.object({
  textEn: text(500).min(1, 'Enter the question'),
  textFr: text(500).min(1, 'Enter the question in French'),
  answers: z
    .array(quizAnswerInput)
    .min(2, 'A question needs at least 2 answers')
    .max(6, 'At most 6 answers')
    .refine(
      (answers) => answers.filter((answer) => answer.right).length === 1,
      'Mark exactly one answer as the right one',
    ),
});

export const quizSettingsInput = z.object({
  questions: z
    .array(quizQuestionInput)
    .min(1, 'A quiz needs at least one question')
    .max(50, 'At most 50 questions'),
  pointsPerRightAnswer: wholeAtLeastZero('Points per right answer', 100_000),
  secondsPerQuestion: z
    .number()
    .int('Seconds per question must be a whole number')
    .min(5, 'At least 5 seconds per question')
    .max(600, 'At most 600 seconds per question'),
});

export const streakSettingsInput = z.object({
  pointsPerDay: wholeAtLeastZero('Points per day', 100_000),
  /** The bonus is paid on each day of a streak that is a multiple of this one. */
  bonusDay: z
    .number()
    .int('The bonus day must be a whole number')
    .min(2, 'The bonus day is day 2 or later')
    .max(365, 'The bonus day is at most day 365')
    .default(7),
  bonusPoints: wholeAtLeastZero('Bonus points', 1_000_000),
  /** Missed days a streak can bridge. */
  maxFreezes: z
    .number()
    .int('Freezes must be a whole number')
    .min(0, 'Freezes cannot be negative')
    .max(2, 'At most 2 freezes')
    .default(2),
});

export const gameInput = z
  .object({
    type: z.enum(GAME_TYPES),
    titleEn: text(120).min(1, 'Enter a title'),
    titleFr: text(120).min(1, 'Enter a French title'),
    textEn: text(2000).min(1, 'Enter a text'),
    textFr: text(2000).min(1, 'Enter a French text'),
    rulesEn: text(20_000).min(1, 'Enter the rules'),
    rulesFr: text(20_000).min(1, 'Enter the rules in French'),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    /** Customers on any of these tiers may play (none: every tier)… */
    tierIds: z.array(uuid).max(20).default([]),
    /** …and, when segments are given, only if they belong to one of them. */
    segmentIds: z.array(uuid).max(20).default([]),
    verifiedOnly: z.boolean().default(false),
    /** Hours a new account waits before its first play, so accounts made to play are slowed. */
    newMemberDelayHours: z
      .number()
      .int('The wait must be a whole number of hours')
      .min(0, 'The wait cannot be negative')
      .max(24 * 90, 'At most 90 days (2,160 hours)')
      .default(0),
    playsPerDay: z
      .number()
      .int('Plays per day must be a whole number')
      .min(1, 'At least 1 play per day')
      .max(100, 'At most 100 plays per day')
      .default(1),
    /** Points the game gives in a programme day, and in all; null is no limit. */
    pointsBudgetPerDay: wholeAtLeastZero('The daily points budget', 1_000_000_000)
      .nullable()
      .default(null),
    pointsBudgetTotal: wholeAtLeastZero('The total points budget', 1_000_000_000)
      .nullable()
      .default(null),
    prizes: z.array(prizeInput).max(24, 'At most 24 prizes').default([]),
    quiz: quizSettingsInput.nullable().default(null),
    streak: streakSettingsInput.nullable().default(null),
  })
  .superRefine((game, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (game.endsAt <= game.startsAt) issue('endsAt', 'The end must come after the start');
    const drawn = (PRIZE_TABLE_GAMES as readonly GameType[]).includes(game.type);
    if (drawn) {
      const total = game.prizes.reduce((sum, prize) => sum + prize.weight, 0);
      if (game.prizes.length === 0) issue('prizes', 'A wheel or a scratch card needs prizes');
      else if (total !== PRIZE_WEIGHT_TOTAL)
        issue(
          'prizes',
          `The prizes' chances must add up to 100 % (they add up to ${total / 100} %)`,
        );
    } else if (game.prizes.length > 0)
      issue('prizes', 'Only a wheel or a scratch card has a prize table');
    if (game.type === 'QUIZ' && !game.quiz) issue('quiz', 'A quiz needs its questions');
    if (game.type !== 'QUIZ' && game.quiz) issue('quiz', 'Only a quiz has questions');
    if (game.type === 'DAILY_STREAK') {
      if (!game.streak) issue('streak', 'A daily streak needs its points per day');
      if (game.playsPerDay !== 1) issue('playsPerDay', 'A daily streak is played once a day');
    } else if (game.streak) issue('streak', 'Only a daily streak has streak settings');
  });

export type GameInput = z.infer<typeof gameInput>;

export const gameIdInput = z.object({ gameId: uuid });

export const gameUpdateInput = gameIdInput.extend({ data: gameInput });

export const gameArchiveInput = gameIdInput.extend({ archived: z.boolean() });

/** Where a game stands: before its start, between its dates, after its end, or archived. */
export const GAME_STATUSES = ['scheduled', 'running', 'ended', 'archived'] as const;
export type GameStatus = (typeof GAME_STATUSES)[number];

export const gameListInput = z.object({
  status: z.enum(GAME_STATUSES).optional(),
  page,
  pageSize,
});

/** A play: `playId` is made by the browser once per tap, so a retry or a double tap plays once. */
export const gamePlayInput = z.object({ gameId: uuid, playId: uuid });

/** An answer to a quiz play's current question; `answer` null when the browser's timer ran out. */
export const gameQuizAnswerInput = z.object({
  playId: uuid,
  question: z.number().int().min(0).max(49),
  answer: z.number().int().min(0).max(5).nullable(),
});

/** A game's plays in the admin, newest first; `before` is the last row of the previous page. */
export const gamePlaysInput = z.object({
  gameId: uuid,
  winnersOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(50),
  before: z.object({ playedAt: z.coerce.date(), id: uuid }).optional(),
});

export const voidGamePlayInput = z.object({
  playId: uuid,
  reason: text(500).min(3, 'Say why the play is voided (shown in the audit log)'),
});
