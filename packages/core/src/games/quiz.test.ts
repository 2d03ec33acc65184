import { describe, expect, it } from 'vitest';
import { markAnswer, QUIZ_NETWORK_ALLOWANCE_MS, quizPoints, rightAnswerOf } from './quiz.ts';

const question = (right: number) => ({
  textEn: 'Q',
  textFr: 'Q',
  answers: [0, 1, 2].map((n) => ({ textEn: `${n}`, textFr: `${n}`, right: n === right })),
});
const quiz = {
  questions: [question(0), question(2)],
  pointsPerRightAnswer: 10,
  secondsPerQuestion: 20,
};
const shownAt = new Date('2026-05-04T10:00:00Z');
const after = (ms: number) => new Date(shownAt.getTime() + ms);
const mark = (q: number, answer: number | null, ms: number) =>
  markAnswer(quiz, { question: q, answer, shownAt, receivedAt: after(ms) });

describe('quiz marks', () => {
  it('marks a right answer received in time right, any other wrong', () => {
    expect(mark(0, 0, 5_000)).toBe('right');
    expect(mark(0, 1, 5_000)).toBe('wrong');
    expect(mark(1, 2, 19_999)).toBe('right');
    expect(rightAnswerOf(quiz, 1)).toBe(2);
  });

  it('scores nothing for a right answer received after the time and its network allowance', () => {
    expect(mark(0, 0, 20_000 + QUIZ_NETWORK_ALLOWANCE_MS)).toBe('right');
    expect(mark(0, 0, 20_001 + QUIZ_NETWORK_ALLOWANCE_MS)).toBe('late');
  });

  it('marks a question whose time ran out unanswered', () => {
    expect(mark(0, null, 25_000)).toBe('unanswered');
  });

  it('pays its points for each right answer only', () => {
    expect(quizPoints(quiz, ['right', 'wrong', 'late', 'unanswered', 'right'])).toBe(20);
  });
});
