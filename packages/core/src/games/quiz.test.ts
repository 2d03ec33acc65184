import { describe, expect, it } from 'vitest';
import { scoreQuiz } from './quiz.ts';

const questions = [
  {
    id: 'q1',
    answers: [
      { id: 'a', right: true },
      { id: 'b', right: false },
    ],
  },
  {
    id: 'q2',
    answers: [
      { id: 'c', right: false },
      { id: 'd', right: true },
    ],
  },
  {
    id: 'q3',
    answers: [
      { id: 'e', right: true },
      { id: 'f', right: false },
    ],
  },
];
const rules = { pointsPerRightAnswer: 10, secondsPerQuestion: 20 };
const shownAt = new Date('2026-05-04T10:00:00Z');
const after = (seconds: number) => new Date(shownAt.getTime() + seconds * 1000);

describe('quiz scoring', () => {
  it('scores right answers received in time, and nothing for wrong or missing ones', () => {
    const score = scoreQuiz({
      questions,
      rules,
      answers: [
        { questionId: 'q1', answerId: 'a', shownAt, receivedAt: after(5) },
        { questionId: 'q2', answerId: 'c', shownAt, receivedAt: after(5) },
      ],
    });
    expect(score.points).toBe(10);
    expect(score.marks.map((mark) => mark.mark)).toEqual(['right', 'wrong', 'unanswered']);
  });

  it('scores nothing for a right answer received after the time per question', () => {
    const answer = (seconds: number) =>
      scoreQuiz({
        questions,
        rules,
        answers: [{ questionId: 'q1', answerId: 'a', shownAt, receivedAt: after(seconds) }],
      });
    expect(answer(20).points).toBe(10);
    expect(answer(20.001)).toMatchObject({ points: 0, marks: [{ mark: 'late' }, {}, {}] });
  });

  it('counts only the first answer received to a question', () => {
    const score = scoreQuiz({
      questions,
      rules,
      answers: [
        { questionId: 'q2', answerId: 'd', shownAt, receivedAt: after(9) },
        { questionId: 'q2', answerId: 'c', shownAt, receivedAt: after(3) },
        { questionId: 'q3', answerId: 'e', shownAt, receivedAt: after(1) },
      ],
    });
    expect(score.marks.map((mark) => mark.mark)).toEqual(['unanswered', 'wrong', 'right']);
    expect(score.points).toBe(10);
  });
});
