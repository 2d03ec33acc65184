import { describe, expect, it } from 'vitest';
import {
  basisPoints,
  gameFormField,
  gameFormFrom,
  type GameFormValues,
  newGameForm,
  readGameForm,
} from './game-form-values.ts';

const REWARD_ID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const wheel = (chances: [string, string, string]): GameFormValues => ({
  ...newGameForm(new Date('2026-12-01T10:00:00')),
  titleEn: 'Spin',
  titleFr: 'Tournez',
  textEn: 'Spin the wheel',
  textFr: 'Tournez la roue',
  rulesEn: 'Rules',
  rulesFr: 'Règlement',
  prizes: [
    {
      kind: 'POINTS',
      labelEn: '10 pts',
      labelFr: '10 pts',
      points: '10',
      rewardId: '',
      chance: chances[0],
      stock: '',
      paced: false,
    },
    {
      id: 'kept',
      kind: 'REWARD',
      labelEn: 'Coffee',
      labelFr: 'Café',
      points: '',
      rewardId: REWARD_ID,
      chance: chances[1],
      stock: '20',
      paced: false,
    },
    {
      kind: 'TRY_AGAIN',
      labelEn: 'Again',
      labelFr: 'Rejouez',
      points: '',
      rewardId: '',
      chance: chances[2],
      stock: '',
      paced: false,
    },
  ],
});

describe('the game form', () => {
  it('reads chances in percent as basis points, keeping a saved row its id', () => {
    const read = readGameForm(wheel(['30', '12,5', '57.5']));
    if (!('input' in read)) throw new Error(JSON.stringify(read.errors));
    expect(read.input.prizes.map((prize) => [prize.id, prize.weight])).toEqual([
      [undefined, 3_000],
      ['kept', 1_250],
      [undefined, 5_750],
    ]);
    expect(read.input.quiz).toBeNull();
    expect(read.input.streak).toBeNull();
  });

  it('names the table when the chances total 90 %, and a row field that does not read', () => {
    expect(readGameForm(wheel(['30', '10', '50']))).toEqual({ errors: ['prizes'] });
    expect(readGameForm(wheel(['30', 'ten', '50']))).toEqual({ errors: ['prizes.1.chance'] });
  });

  it('maps the schema paths of quizzes, streaks and edits to the form fields', () => {
    expect(gameFormField(['quiz', 'questions', 0, 'answers', 1, 'textFr'])).toBe(
      'questions.0.answers.1.textFr',
    );
    expect(gameFormField(['quiz'])).toBe('questions');
    expect(gameFormField(['streak', 'bonusDay'])).toBe('bonusDay');
    expect(gameFormField(['prizes', 2, 'weight'])).toBe('prizes.2.chance');
    expect(gameFormField(['nothing'])).toBeNull();
    expect(basisPoints('100')).toBe(10_000);
    expect(basisPoints('1.234')).toBeNaN();
  });

  it('reads a quiz with its right answers, and names an answer left empty', () => {
    const quiz: GameFormValues = {
      ...wheel(['30', '20', '50']),
      type: 'QUIZ',
      questions: [
        {
          textEn: 'Our first shop?',
          textFr: 'Notre première boutique ?',
          answers: [
            { textEn: 'Lyon', textFr: 'Lyon' },
            { textEn: 'Paris', textFr: 'Paris' },
          ],
          right: 1,
        },
      ],
    };
    const read = readGameForm(quiz);
    if (!('input' in read)) throw new Error(JSON.stringify(read.errors));
    expect(read.input.prizes).toEqual([]);
    expect(read.input.quiz).toMatchObject({
      questions: [{ answers: [{ right: false }, { right: true }] }],
      pointsPerRightAnswer: 10,
      secondsPerQuestion: 20,
    });
    const blank = structuredClone(quiz);
    blank.questions[0]!.answers[0]!.textFr = '';
    expect(readGameForm(blank)).toEqual({ errors: ['questions.0.answers.0.textFr'] });
  });

  it('fills the form from a saved streak', () => {
    const form = gameFormFrom({
      ...readGameFormInput(),
      type: 'DAILY_STREAK',
      prizes: [],
      streak: { pointsPerDay: 10, bonusDay: 7, bonusPoints: 50, maxFreezes: 2 },
    });
    expect([form.pointsPerDay, form.bonusDay, form.bonusPoints, form.maxFreezes]).toEqual([
      '10',
      '7',
      '50',
      '2',
    ]);
  });
});

const readGameFormInput = () => {
  const read = readGameForm(wheel(['30', '20', '50']));
  if (!('input' in read)) throw new Error('the wheel reads');
  return { ...read.input, prizes: [], quiz: null };
};
