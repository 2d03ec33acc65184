import { describe, expect, it } from 'vitest';
import { gameInput } from './games.ts';

const texts = {
  titleEn: 'Spin to win',
  titleFr: 'Tournez pour gagner',
  textEn: 'One spin a day.',
  textFr: 'Un tour par jour.',
  rulesEn: 'The rules.',
  rulesFr: 'Le règlement.',
  startsAt: '2026-06-01T00:00:00+02:00',
  endsAt: '2026-07-01T00:00:00+02:00',
};
const prize = (kind: string, weight: number, extra: object = {}) => ({
  kind,
  labelEn: kind,
  labelFr: kind,
  weight,
  ...extra,
});
const REWARD_ID = '8d1f7c3a-2b4e-4f6a-9c8d-1e2f3a4b5c6d';
const wheel = {
  ...texts,
  type: 'SPIN_WHEEL',
  pointsBudgetPerDay: 5_000,
  prizes: [
    prize('POINTS', 1_000, { points: 50 }),
    prize('REWARD', 500, { rewardId: REWARD_ID, stock: 20 }),
    prize('TRY_AGAIN', 8_500),
  ],
};
const question = (answers: { right?: boolean }[]) => ({
  textEn: 'Which?',
  textFr: 'Laquelle ?',
  answers: answers.map((answer, index) => ({ textEn: `${index}`, textFr: `${index}`, ...answer })),
});
const quiz = {
  ...texts,
  type: 'QUIZ',
  quiz: {
    questions: [question([{ right: true }, {}, {}])],
    pointsPerRightAnswer: 10,
    secondsPerQuestion: 20,
  },
};
const streak = {
  ...texts,
  type: 'DAILY_STREAK',
  streak: { pointsPerDay: 5, bonusPoints: 50 },
};

/** The field and the message of the first issue, as the form shows them. */
const refusal = (input: object) => {
  const result = gameInput.safeParse(input);
  if (result.success) return null;
  const [issue] = result.error.issues;
  return { path: issue!.path.join('.'), message: issue!.message };
};

describe('game definitions', () => {
  it('accepts a wheel, a quiz and a streak, with defaults filled in', () => {
    expect(refusal(wheel)).toBeNull();
    expect(refusal(quiz)).toBeNull();
    const parsed = gameInput.parse(streak);
    expect(parsed.streak).toEqual({ pointsPerDay: 5, bonusDay: 7, bonusPoints: 50, maxFreezes: 2 });
    expect(parsed).toMatchObject({ playsPerDay: 1, verifiedOnly: false, pointsBudgetTotal: null });
  });

  it('clears the fields a prize kind does not use', () => {
    const parsed = gameInput.parse({
      ...wheel,
      prizes: [
        prize('POINTS', 1_000, { points: 5, rewardId: REWARD_ID }),
        prize('TRY_AGAIN', 9_000, { stock: 4 }),
      ],
    });
    expect(parsed.prizes.map((row) => [row.rewardId, row.stock])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it.each([
    [
      'chances that do not add up to 100 %',
      { ...wheel, prizes: [wheel.prizes[0], wheel.prizes[2]] },
      'prizes',
      "The prizes' chances must add up to 100 % (they add up to 95 %)",
    ],
    [
      'negative points',
      { ...wheel, prizes: [prize('POINTS', 1_500, { points: -50 }), wheel.prizes[2]] },
      'prizes.0.points',
      'Points cannot be negative',
    ],
    [
      'fractional points',
      { ...wheel, prizes: [prize('POINTS', 1_500, { points: 2.5 }), wheel.prizes[2]] },
      'prizes.0.points',
      'Points must be a whole number',
    ],
    [
      'a quiz question without a right answer',
      { ...quiz, quiz: { ...quiz.quiz, questions: [question([{}, {}])] } },
      'quiz.questions.0.answers',
      'Mark exactly one answer as the right one',
    ],
    [
      'a quiz question with two right answers',
      {
        ...quiz,
        quiz: { ...quiz.quiz, questions: [question([{ right: true }, { right: true }])] },
      },
      'quiz.questions.0.answers',
      'Mark exactly one answer as the right one',
    ],
    [
      'a quiz question with one answer',
      { ...quiz, quiz: { ...quiz.quiz, questions: [question([{ right: true }])] } },
      'quiz.questions.0.answers',
      'A question needs at least 2 answers',
    ],
    [
      'dates reversed',
      { ...wheel, startsAt: texts.endsAt, endsAt: texts.startsAt },
      'endsAt',
      'The end must come after the start',
    ],
    ['a missing French title', { ...wheel, titleFr: ' ' }, 'titleFr', 'Enter a French title'],
    ['missing English rules', { ...wheel, rulesEn: '' }, 'rulesEn', 'Enter the rules'],
    [
      'a negative stock',
      { ...wheel, prizes: [wheel.prizes[0], { ...wheel.prizes[1], stock: -1 }, wheel.prizes[2]] },
      'prizes.1.stock',
      'Stock cannot be negative',
    ],
    [
      'a negative budget',
      { ...wheel, pointsBudgetTotal: -1 },
      'pointsBudgetTotal',
      'The total points budget cannot be negative',
    ],
    [
      'a reward prize without its reward',
      { ...wheel, prizes: [prize('REWARD', 1_500), wheel.prizes[2]] },
      'prizes.0.rewardId',
      'Choose the reward this prize gives',
    ],
    [
      'a paced prize without stock',
      {
        ...wheel,
        prizes: [prize('POINTS', 1_500, { points: 5, paced: true }), wheel.prizes[2]],
      },
      'prizes.0.stock',
      'A prize won at winning moments needs a stock of 1 or more',
    ],
    [
      'a wheel without prizes',
      { ...wheel, prizes: [] },
      'prizes',
      'A wheel or a scratch card needs prizes',
    ],
    [
      'a prize table on a quiz',
      { ...quiz, prizes: wheel.prizes },
      'prizes',
      'Only a wheel or a scratch card has a prize table',
    ],
    ['a quiz without questions', { ...quiz, quiz: null }, 'quiz', 'A quiz needs its questions'],
    ['questions on a wheel', { ...wheel, quiz: quiz.quiz }, 'quiz', 'Only a quiz has questions'],
    [
      'streak settings on a wheel',
      { ...wheel, streak: streak.streak },
      'streak',
      'Only a daily streak has streak settings',
    ],
    [
      'a streak without its settings',
      { ...streak, streak: null },
      'streak',
      'A daily streak needs its points per day',
    ],
    [
      'a streak played twice a day',
      { ...streak, playsPerDay: 2 },
      'playsPerDay',
      'A daily streak is played once a day',
    ],
    [
      'three freezes',
      { ...streak, streak: { ...streak.streak, maxFreezes: 3 } },
      'streak.maxFreezes',
      'At most 2 freezes',
    ],
    [
      'negative points per right answer',
      { ...quiz, quiz: { ...quiz.quiz, pointsPerRightAnswer: -10 } },
      'quiz.pointsPerRightAnswer',
      'Points per right answer cannot be negative',
    ],
  ])('refuses %s, naming the field', (_, input, path, message) => {
    expect(refusal(input)).toEqual({ path, message });
  });
});
