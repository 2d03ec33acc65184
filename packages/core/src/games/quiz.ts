/** A quiz as a play keeps it: the game's questions when the play began, right answers included. */
export type StoredQuiz = {
  questions: {
    textEn: string;
    textFr: string;
    answers: { textEn: string; textFr: string; right: boolean }[];
  }[];
  pointsPerRightAnswer: number;
  secondsPerQuestion: number;
};

export type QuizMark = 'right' | 'wrong' | 'late' | 'unanswered';

/**
 * An answer as the server timed it: the question shown when the previous answer came in (or the
 * play began), answered when this one came in; `answer` null when the time ran out first.
 */
export type QuizAnswer = {
  question: number;
  answer: number | null;
  shownAt: Date;
  receivedAt: Date;
};

/** Time allowed beyond the question's for the answer to reach the server from a slow phone. */
export const QUIZ_NETWORK_ALLOWANCE_MS = 1_000;

/** When an answer to a question shown at `shownAt` stops scoring, as the browser is told. */
export const answerBy = (quiz: StoredQuiz, shownAt: Date) =>
  new Date(shownAt.getTime() + quiz.secondsPerQuestion * 1000);

/** An answer's mark, on the server's times only: a right answer received too late scores nothing. */
export const markAnswer = (quiz: StoredQuiz, given: QuizAnswer): QuizMark => {
  if (given.answer === null) return 'unanswered';
  const late =
    given.receivedAt.getTime() >
    answerBy(quiz, given.shownAt).getTime() + QUIZ_NETWORK_ALLOWANCE_MS;
  if (late) return 'late';
  return quiz.questions[given.question]?.answers[given.answer]?.right ? 'right' : 'wrong';
};

/** The points a quiz's marks earn: its points for each right answer. */
export const quizPoints = (quiz: StoredQuiz, marks: readonly QuizMark[]) =>
  marks.filter((mark) => mark === 'right').length * quiz.pointsPerRightAnswer;

/** The place of a question's right answer. */
export const rightAnswerOf = (quiz: StoredQuiz, question: number) =>
  quiz.questions[question]!.answers.findIndex((answer) => answer.right);
