import { answerBy, type StoredQuiz } from './quiz.ts';

/** A quiz question as the browser gets it: its texts and answers, never which one is right. */
export type QuizQuestionView = {
  playId: string;
  /** Its place in the quiz, from 0, of `questions`. */
  question: number;
  questions: number;
  text: { en: string; fr: string };
  answers: { en: string; fr: string }[];
  shownAt: Date;
  /** After this, a right answer scores nothing: the browser shows the time left to it. */
  answerBy: Date;
};

export const quizQuestionView = (
  quiz: StoredQuiz,
  at: { playId: string; question: number; shownAt: Date },
): QuizQuestionView => {
  const question = quiz.questions[at.question]!;
  return {
    playId: at.playId,
    question: at.question,
    questions: quiz.questions.length,
    text: { en: question.textEn, fr: question.textFr },
    answers: question.answers.map((answer) => ({ en: answer.textEn, fr: answer.textFr })),
    shownAt: at.shownAt,
    answerBy: answerBy(quiz, at.shownAt),
  };
};
