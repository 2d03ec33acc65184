export type QuizQuestion = { id: string; answers: readonly { id: string; right: boolean }[] };

export type QuizRules = { pointsPerRightAnswer: number; secondsPerQuestion: number };

/** An answer as the server saw it: when it sent the question and when the answer came in. */
export type QuizAnswer = { questionId: string; answerId: string; shownAt: Date; receivedAt: Date };

export type QuizMark = 'right' | 'wrong' | 'late' | 'unanswered';

/**
 * Scores a quiz: points for each right answer received within the time per question (times are
 * the server's, never the browser's). Only the first answer received to a question counts.
 */
export const scoreQuiz = (input: {
  questions: readonly QuizQuestion[];
  rules: QuizRules;
  answers: readonly QuizAnswer[];
}): { points: number; marks: { questionId: string; mark: QuizMark }[] } => {
  const limit = input.rules.secondsPerQuestion * 1000;
  const marks = input.questions.map((question) => {
    const answer = input.answers
      .filter((given) => given.questionId === question.id)
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())[0];
    const mark: QuizMark = !answer
      ? 'unanswered'
      : answer.receivedAt.getTime() - answer.shownAt.getTime() > limit
        ? 'late'
        : question.answers.some((option) => option.id === answer.answerId && option.right)
          ? 'right'
          : 'wrong';
    return { questionId: question.id, mark };
  });
  const rightCount = marks.filter(({ mark }) => mark === 'right').length;
  return { points: rightCount * input.rules.pointsPerRightAnswer, marks };
};
