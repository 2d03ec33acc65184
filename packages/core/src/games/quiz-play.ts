import { type Db, Prisma, queryRows, type Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import { callWriteFunction } from '../idempotency/index.ts';
import {
  balancesAfter,
  type CustomerBalances,
  debtAccountCode,
  decideOnCustomer,
  pendingAccountCode,
  planMovement,
  plannedMovement,
  STALE,
} from '../ledger/index.ts';
import { budgetLeft, payablePoints } from './budget.ts';
import { GAME_PLAY_SOURCE } from './play-decision.ts';
import { type QuizQuestionView, quizQuestionView } from './quiz-view.ts';
import { markAnswer, type QuizMark, quizPoints, rightAnswerOf, type StoredQuiz } from './quiz.ts';

type StoredAnswer = { question: number; answer: number | null; receivedAt: Date; mark: QuizMark };

/** A quiz play as its next answer is decided on: its questions, its answers, the game's budgets. */
type QuizPlayRead = {
  playId: string;
  gameId: string;
  playedAt: Date;
  quizEndedAt: Date | null;
  points: number;
  quiz: StoredQuiz;
  answers: StoredAnswer[];
  pointsBudgetPerDay: number | null;
  pointsBudgetTotal: number | null;
  pointsGiven: number;
  dayGiven: number;
  version: string;
} & CustomerBalances;

/** The customer's quiz play (not voided): one statement, without a lock (`answer_quiz` checks). */
const readQuizPlay = async (db: Db | Tx, customerId: string, playId: string) => {
  const [read] = await queryRows<QuizPlayRead>(
    db,
    Prisma.sql`
    SELECT gp.id AS "playId", gp."gameId", gp."playedAt", gp."quizEndedAt", gp.points,
           gp."drawState" AS quiz,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('question', qa.question, 'answer', qa.answer,
                                       'receivedAt', qa."receivedAt", 'mark', qa.mark) ORDER BY qa.question)
                     FROM "GameQuizAnswer" qa WHERE qa."playId" = gp.id), '[]') AS answers,
           g."pointsBudgetPerDay", g."pointsBudgetTotal", g."pointsGiven",
           COALESCE((SELECT d."pointsGiven" FROM "GameDay" d
                     WHERE d."gameId" = g.id AND d.day = gp.day), 0) AS "dayGiven",
           a.xmin::text AS version, a.balance AS spendable,
           COALESCE((SELECT p.balance FROM "Account" p WHERE p.code = ${pendingAccountCode(customerId)}), 0) AS pending,
           COALESCE((SELECT d.balance FROM "Account" d WHERE d.code = ${debtAccountCode(customerId)}), 0) AS debt
    FROM "GamePlay" gp
    JOIN "Game" g ON g.id = gp."gameId"
    JOIN "Account" a ON a."customerId" = gp."customerId"
    WHERE gp.id = ${playId}::uuid AND gp."customerId" = ${customerId}::uuid
      AND gp.via = 'quiz' AND gp."voidedAt" IS NULL`,
  );
  if (!read) throw new AppError('game_play_not_found');
  return {
    ...read,
    answers: read.answers.map((answer) => ({ ...answer, receivedAt: new Date(answer.receivedAt) })),
  };
};

/** The question to answer now, shown when the previous answer came in; null once all are in. */
const currentQuestion = (read: QuizPlayRead): QuizQuestionView | null =>
  read.answers.length < read.quiz.questions.length
    ? quizQuestionView(read.quiz, {
        playId: read.playId,
        question: read.answers.length,
        shownAt: read.answers.at(-1)?.receivedAt ?? read.playedAt,
      })
    : null;

/** What the customer is told of an answer, and what comes next. */
export type QuizAnswerResult = {
  question: number;
  mark: QuizMark;
  rightAnswer: number;
  next: QuizQuestionView | null;
  /** Once the last answer is in: right answers and the points paid for them. */
  ended: { rightAnswers: number; points: number; pointsBalance: number } | null;
};

const endedOf = (marks: readonly QuizMark[], points: number, balance: number) =>
  ({
    rightAnswers: marks.filter((mark) => mark === 'right').length,
    points,
    pointsBalance: balance,
  }) satisfies QuizAnswerResult['ended'];

/** An answer already recorded (a retry, a double tap): its mark again, the first answer counting. */
const recordedAnswer = (read: QuizPlayRead, question: number): QuizAnswerResult => ({
  question,
  mark: read.answers[question]!.mark,
  rightAnswer: rightAnswerOf(read.quiz, question),
  next: currentQuestion(read),
  ended: read.quizEndedAt
    ? endedOf(
        read.answers.map(({ mark }) => mark),
        read.points,
        read.spendable,
      )
    : null,
});

export type QuizAnswerInput = {
  customerId: string;
  playId: string;
  question: number;
  /** The answer's place in the question; null when the browser's timer ran out. */
  answer: number | null;
};

/**
 * An answer decided on its read, timed by the server: its mark, and with the last one the play's
 * points, as far as the game's budgets can still pay them, planned as the ledger's movement.
 */
export const decideQuizAnswer = (read: QuizPlayRead, input: QuizAnswerInput, now: Date) => {
  if (input.question < read.answers.length) return { result: recordedAnswer(read, input.question) };
  if (read.quizEndedAt) throw new AppError('game_quiz_over');
  if (input.question > read.answers.length)
    throw new AppError('invalid_request', 'Answer the questions in order.');
  const question = read.quiz.questions[input.question]!;
  if (input.answer !== null && input.answer >= question.answers.length)
    throw new AppError('invalid_request', 'This question has no such answer.');
  const shownAt = read.answers.at(-1)?.receivedAt ?? read.playedAt;
  const given = { question: input.question, answer: input.answer, shownAt, receivedAt: now };
  const mark = markAnswer(read.quiz, given);
  const ends = input.question === read.quiz.questions.length - 1;
  const marks = [...read.answers.map((answer) => answer.mark), mark];
  const points = ends
    ? Math.min(
        quizPoints(read.quiz, marks),
        payablePoints(
          budgetLeft(
            { perDay: read.pointsBudgetPerDay, total: read.pointsBudgetTotal },
            { today: read.dayGiven, total: read.pointsGiven },
          ),
        ),
      )
    : 0;
  const plan = points > 0 ? planMovement({ points }, read) : null;
  const movement = plan
    ? plannedMovement(input.customerId, 'EARN', 'APP', plan, {
        points,
        sourceType: GAME_PLAY_SOURCE,
        sourceId: input.playId,
        qualifying: false,
      })
    : null;
  const answered: StoredAnswer = {
    question: input.question,
    answer: input.answer,
    receivedAt: now,
    mark,
  };
  const after = { ...read, answers: [...read.answers, answered] };
  const balance = plan ? balancesAfter(read, plan).spendable : read.spendable;
  return {
    result: {
      question: input.question,
      mark,
      rightAnswer: rightAnswerOf(read.quiz, input.question),
      next: currentQuestion(after),
      ended: ends ? endedOf(marks, points, balance) : null,
    } satisfies QuizAnswerResult,
    call: {
      ...given,
      playId: input.playId,
      customerId: input.customerId,
      mark,
      ends,
      points,
      version: movement ? read.version : undefined,
      movement,
    },
  };
};

/**
 * Answers a quiz's current question: one read, the mark decided here on the server's clock, then
 * `answer_quiz` records it (and with the last answer pays the points) if the question is still
 * the current one under the customer's lock. The same answer sent again answers as the first did.
 */
export const answerQuiz = async (
  db: Db,
  input: QuizAnswerInput & { now?: Date },
): Promise<QuizAnswerResult> => {
  const decided = await decideOnCustomer(db, input.customerId, async (on) => {
    const read = await readQuizPlay(on, input.customerId, input.playId);
    const answer = decideQuizAnswer(read, input, input.now ?? new Date());
    if (!answer.call) return { result: answer.result };
    const outcome = await callWriteFunction<{ answered: true } | { stale: true }>(
      on,
      'answer_quiz',
      answer.call,
      undefined,
    );
    return 'stale' in outcome ? STALE : { result: answer.result };
  });
  return decided.result;
};

/** The question a quiz play waits on (after a reload, say); null once all its answers are in. */
export const getQuizQuestion = async (db: Db, customerId: string, playId: string) =>
  currentQuestion(await readQuizPlay(db, customerId, playId));

/** The customer's quiz play of this game still being answered, if any: the portal resumes it. */
export const findQuizInProgress = async (db: Db, customerId: string, gameId: string) => {
  const play = await db.gamePlay.findFirst({
    where: { gameId, customerId, via: 'quiz', quizEndedAt: null, voidedAt: null },
    orderBy: { playedAt: 'desc' },
    select: { id: true },
  });
  return play && getQuizQuestion(db, customerId, play.id);
};
